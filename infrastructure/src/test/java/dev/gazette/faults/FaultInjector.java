package dev.gazette.faults;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK interceptor for tests that makes some request attempts fail as AWS can make them fail
 * ({@link FaultKind}), at the rates of its {@link FaultRule}s, drawn from a seeded random so a run
 * can be repeated, and counts what it did. Each attempt draws anew, so the SDK's own retries can
 * fail too. Add it to a client with {@link FaultyClients}; {@link #pause()} it to set a test up or
 * to read the outcome without faults.
 */
public final class FaultInjector implements ExecutionInterceptor {
  private static final ExecutionAttribute<Boolean> ANSWER_500 = new ExecutionAttribute<>("gazette.fault.answer500");
  private static final ExecutionAttribute<Duration> LATENCY = new ExecutionAttribute<>("gazette.fault.latency");

  private final Random random;
  private final List<FaultRule> rules;
  private final long[] struck;
  private final Map<String, Long> injected = new TreeMap<>();
  private volatile boolean active = true;

  public FaultInjector(long seed, FaultRule... rules) {
    this.random = new Random(seed);
    this.rules = List.of(rules);
    this.struck = new long[rules.length];
  }

  /** Until {@link #resume()}, every request goes through untouched. */
  public void pause() {
    active = false;
  }

  public void resume() {
    active = true;
  }

  /** Faults injected so far, per "KIND Service.Operation" (the SDK's names: {@code DynamoDb.PutItem}, {@code S3.PutObject}). */
  public synchronized Map<String, Long> injected() {
    return new TreeMap<>(injected);
  }

  public synchronized long injected(FaultKind kind) {
    return injected.entrySet().stream().filter(entry -> entry.getKey().startsWith(kind + " "))
        .mapToLong(Map.Entry::getValue).sum();
  }

  public synchronized long injected(FaultKind kind, String operation) {
    return injected.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(kind + " ") && entry.getKey().endsWith("." + operation))
        .mapToLong(Map.Entry::getValue).sum();
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attributes.putAttribute(ANSWER_500, false);
    Optional<FaultKind> fault = draw(attributes);
    if (fault.isEmpty()) {
      return;
    }
    switch (fault.get()) {
      case FAIL_BEFORE_SENDING -> throw SdkClientException.builder()
          .message("Injected fault: the connection failed before the request was sent")
          .cause(new IOException("Connection reset (injected)")).build();
      case THROTTLED -> throw ServiceErrors.throttled(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
      case SLOW -> holdBack(attributes);
      case APPLIED_THEN_500 -> attributes.putAttribute(ANSWER_500, true);
    }
  }

  @Override
  public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
    if (!Boolean.TRUE.equals(attributes.getAttribute(ANSWER_500))) {
      return context.httpResponse();
    }
    return ServiceErrors.internalErrorResponse(context.httpResponse(),
        attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
  }

  @Override
  public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
      ExecutionAttributes attributes) {
    if (!Boolean.TRUE.equals(attributes.getAttribute(ANSWER_500))) {
      return context.responseBody();
    }
    // Read the real answer to its end so the connection goes back to the pool, then lose it.
    context.responseBody().ifPresent(FaultInjector::drain);
    return Optional.of(new ByteArrayInputStream(
        ServiceErrors.internalErrorBody(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))));
  }

  private synchronized Optional<FaultKind> draw(ExecutionAttributes attributes) {
    if (!active) {
      return Optional.empty();
    }
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    for (int i = 0; i < rules.size(); i++) {
      FaultRule rule = rules.get(i);
      if (rule.covers(service, operation) && struck[i] < rule.limit() && random.nextDouble() < rule.rate()) {
        struck[i]++;
        injected.merge(rule.kind() + " " + service + "." + operation, 1L, Long::sum);
        if (rule.kind() == FaultKind.SLOW) {
          attributes.putAttribute(LATENCY, rule.latency());
        }
        return Optional.of(rule.kind());
      }
    }
    return Optional.empty();
  }

  private static void holdBack(ExecutionAttributes attributes) {
    try {
      Thread.sleep(attributes.getAttribute(LATENCY).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void drain(InputStream body) {
    try (body) {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
