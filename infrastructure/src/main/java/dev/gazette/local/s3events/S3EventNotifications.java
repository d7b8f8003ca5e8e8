package dev.gazette.local.s3events;

import dev.gazette.local.aws.CreatedObject;
import dev.gazette.local.lambda.LocalEndpoints;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.S3EventSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S3's event notifications in the local cloud: each object the local S3 stores (a PUT, a copy, a
 * completed multipart upload) becomes an S3 event record for every function whose S3 event in the
 * template matches its bucket, event type and key filter, and is invoked asynchronously, at least
 * once, with the function's EventInvokeConfig: retries, then the on-failure file.
 */
public final class S3EventNotifications implements AutoCloseable {

  /** Events given up after the last retry, one JSON line each (Lambda's on-failure record). */
  public static final String FAILED_EVENTS_FILE = "failed-events.jsonl";
  private static final Logger LOG = LoggerFactory.getLogger(S3EventNotifications.class);

  private final List<FunctionDefinition> functions;
  private final LocalEndpoints endpoints;
  private final Path dataDir;
  private final Clock clock;
  private final Duration firstRetryDelay;
  private final S3EventRecords records;
  private final FailedEventSink failures;
  private final List<Subscription> subscriptions = new ArrayList<>();
  private final Map<String, AsyncInvocations> queues = new LinkedHashMap<>();
  private final Map<String, String> lastEvents = new ConcurrentHashMap<>();

  /** @param dataDir holds the queues ({@code s3-events-<function>.jsonl}) and the on-failure file */
  public S3EventNotifications(List<FunctionDefinition> functions, LocalEndpoints endpoints, Path dataDir) {
    this(functions, endpoints, dataDir, Clock.systemUTC(), RetryRules.LOCAL_FIRST_DELAY);
  }

  S3EventNotifications(List<FunctionDefinition> functions, LocalEndpoints endpoints, Path dataDir,
      Clock clock, Duration firstRetryDelay) {
    this.functions = functions;
    this.endpoints = endpoints;
    this.dataDir = dataDir;
    this.clock = clock;
    this.firstRetryDelay = firstRetryDelay;
    this.records = new S3EventRecords(clock);
    this.failures = new FailedEventSink(dataDir.resolve(FAILED_EVENTS_FILE));
  }

  /** Builds each function that has S3 events (a handler that cannot start fails this) and delivers what was queued. */
  public S3EventNotifications start() {
    for (FunctionDefinition function : functions) {
      if (function.s3Sources().isEmpty()) {
        continue;
      }
      LocalFunction<Object, Object> handler = LocalFunction.load(function, endpoints);
      AsyncInvocations queue = new AsyncInvocations(handler,
          new RetryRules(function.asyncInvocation(), firstRetryDelay),
          new EventJournal(dataDir.resolve("s3-events-" + function.logicalId() + ".jsonl")), failures, clock);
      queues.put(function.logicalId(), queue);
      for (S3EventSource source : function.s3Sources()) {
        subscriptions.add(new Subscription(function.logicalId(), source));
        LOG.info("{} gets {} of bucket {}{}{} ({} retries, then {})", function.logicalId(), source.events(),
            source.bucketName(), source.prefix().isEmpty() ? "" : ", keys " + source.prefix() + "…",
            source.suffix().isEmpty() ? "" : ", keys …" + source.suffix(),
            function.asyncInvocation().maximumRetryAttempts(), failures.file());
      }
      queue.start();
    }
    return this;
  }

  /** An object was stored: queue an event for each function that asked for it. Called by the local S3. */
  public void accept(CreatedObject object) {
    for (Subscription subscription : subscriptions) {
      if (subscription.matches(object)) {
        String event = S3EventRecords.event(List.of(records.record(object, subscription.configurationId())));
        lastEvents.put(objectKey(subscription.functionName(), object.bucket(), object.key()), event);
        queues.get(subscription.functionName()).enqueue(event);
      }
    }
  }

  /**
   * Delivers again the last event made for this object, to each function it went to, as S3 may
   * (its delivery is at least once); returns how many functions get it.
   */
  public int replay(String bucket, String key) {
    int replayed = 0;
    for (Map.Entry<String, AsyncInvocations> queue : queues.entrySet()) {
      String event = lastEvents.get(objectKey(queue.getKey(), bucket, key));
      if (event != null) {
        queue.getValue().enqueue(event);
        replayed++;
      }
    }
    return replayed;
  }

  /** Waits until every event queued so far was delivered or given up (retries included). */
  public void awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (AsyncInvocations queue : queues.values()) {
      queue.awaitIdle(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
    }
  }

  public Path failedEventsFile() {
    return failures.file();
  }

  @Override
  public void close() throws InterruptedException {
    for (AsyncInvocations queue : queues.values()) {
      queue.close();
    }
  }

  private static String objectKey(String function, String bucket, String key) {
    return function + "\n" + bucket + "\n" + key;
  }
}
