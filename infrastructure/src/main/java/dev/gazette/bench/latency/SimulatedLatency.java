package dev.gazette.bench.latency;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Makes every request of an SDK client as slow as in AWS: it waits just before the request goes
 * on the wire, on the calling thread, so requests sent in parallel wait in parallel, as their
 * round trips would overlap in AWS. Each retry waits again, as a real one would.
 */
public final class SimulatedLatency implements ExecutionInterceptor {

  /** Waits; a test passes one that only records what it was asked. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final RequestDelays delays;
  private final Sleeper sleeper;
  private final LongAdder waitedNanos = new LongAdder();
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

  public SimulatedLatency(RequestDelays delays) {
    this(delays, duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000));
  }

  public SimulatedLatency(RequestDelays delays, Sleeper sleeper) {
    this.delays = delays;
    this.sleeper = sleeper;
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    requests.computeIfAbsent(service, any -> new LongAdder()).increment();
    Duration delay = delays.of(service, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    if (delay.isZero()) {
      return;
    }
    waitedNanos.add(delay.toNanos());
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      // The request goes ahead; whoever interrupted sees the flag at its next wait.
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The delays added since the last {@link #reset}, summed over requests: what the requests
   * would wait one after another; parallel requests make the wall time shorter.
   */
  public Duration waited() {
    return Duration.ofNanos(waitedNanos.sum());
  }

  /**
   * The requests sent to a service ("DynamoDb", "S3") since the last {@link #reset}, each retry
   * counted: they do not depend on how busy the machine is.
   */
  public long requests(String service) {
    LongAdder count = requests.get(service);
    return count == null ? 0 : count.sum();
  }

  public void reset() {
    waitedNanos.reset();
    requests.clear();
  }
}
