package dev.gazette.local.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.StreamEventSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The local event source mapping: polls a table's stream about four times a second and invokes a
 * function with batches, as Lambda does (batch size and window, filters, partial batch failures,
 * retries, bisect, on-failure file), resuming after a restart from a checkpoint in the data directory.
 */
public final class StreamPoller implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamPoller.class);
  private static final long POLL_INTERVAL_MILLIS = 250;

  private final DynamoDbClient dynamo;
  private final DynamoDbStreamsClient streams;
  private final String tableName;
  private final StreamEventSource source;
  private final LocalFunction<DynamodbEvent, StreamsEventResponse> function;
  private final Path dataDir;
  private final FailedRecordSink failures;
  private final Clock clock;
  private final Map<String, ShardConsumer> consumers = new LinkedHashMap<>();
  private final Object progress = new Object();
  private StreamMapping mapping;
  private Thread thread;
  private volatile boolean running;
  private long cyclesStarted;
  private long lastIdleCycle = -1;

  /**
   * @param dataDir holds {@code stream-checkpoint-<function>.json} and {@code failed-records.jsonl}
   */
  public StreamPoller(DynamoDbClient dynamo, DynamoDbStreamsClient streams, String tableName,
      StreamEventSource source, LocalFunction<DynamodbEvent, StreamsEventResponse> function, Path dataDir) {
    this(dynamo, streams, tableName, source, function, dataDir, Clock.systemUTC());
  }

  /** @param clock what batching windows, retry backoffs and record ages are measured with */
  public StreamPoller(DynamoDbClient dynamo, DynamoDbStreamsClient streams, String tableName,
      StreamEventSource source, LocalFunction<DynamodbEvent, StreamsEventResponse> function, Path dataDir,
      Clock clock) {
    this.dynamo = dynamo;
    this.streams = streams;
    this.tableName = tableName;
    this.source = source;
    this.function = function;
    this.dataDir = dataDir;
    this.failures = new FailedRecordSink(dataDir.resolve("failed-records.jsonl"));
    this.clock = clock;
  }

  public StreamPoller start() {
    String streamArn = dynamo.describeTable(d -> d.tableName(tableName)).table().latestStreamArn();
    if (streamArn == null) {
      throw new IllegalStateException("Table " + tableName + " has no stream to poll");
    }
    String functionName = function.definition().logicalId();
    mapping = new StreamMapping(streams, streamArn, source,
        source.filterPatterns().stream().map(EventPattern::parse).toList(), function,
        StreamCheckpoints.load(dataDir.resolve("stream-checkpoint-" + functionName + ".json"), streamArn),
        failures, clock);
    running = true;
    thread = new Thread(this::run, "stream-poller-" + functionName);
    thread.setDaemon(true);
    thread.start();
    LOG.info("{} polls the stream of {} (batch {}, window {}s, retries {}, record age {}s)", functionName, tableName,
        source.batchSize(), source.maximumBatchingWindow().toSeconds(), source.maximumRetryAttempts(),
        source.maximumRecordAgeSeconds());
    return this;
  }

  /** Where records given up after the last retry are written. */
  public FailedRecordSink failureSink() {
    return failures;
  }

  /**
   * Waits until a poll that started after this call found nothing new and nothing waiting to be
   * (re)delivered: every write made before the call has then been handed to the function.
   */
  public void awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      long target = cyclesStarted + 1;
      while (lastIdleCycle < target) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0 || !running) {
          throw new IllegalStateException("The stream of " + tableName + " was not caught up within "
              + timeout + (running ? "" : " (the poller is stopped)"));
        }
        progress.wait(Math.max(1, remaining / 1_000_000));
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    if (thread != null) {
      synchronized (progress) {
        progress.notifyAll();
      }
      // Let an invocation in progress finish rather than cut a function off mid-write.
      thread.join(Duration.ofSeconds(30).toMillis());
      thread = null;
    }
  }

  private void run() {
    while (running) {
      long cycle;
      synchronized (progress) {
        cycle = ++cyclesStarted;
      }
      boolean busy;
      try {
        busy = pollOnce();
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        LOG.warn("Polling the stream of {} failed: {}", tableName, e.toString());
        busy = false;
        sleep(POLL_INTERVAL_MILLIS * 4);
        continue;
      }
      synchronized (progress) {
        if (!busy) {
          lastIdleCycle = cycle;
          progress.notifyAll();
        }
        if (!busy || consumers.values().stream().anyMatch(ShardConsumer::hasPendingRecords)) {
          sleep(POLL_INTERVAL_MILLIS);
        }
      }
    }
  }

  /** One pass over the shards; true if records were read or are waiting to be delivered. */
  private boolean pollOnce() {
    List<Shard> shards = describeShards();
    Set<String> present = shards.stream().map(Shard::shardId).collect(Collectors.toSet());
    consumers.keySet().retainAll(present);
    boolean busy = false;
    for (Shard shard : shards) {
      String parent = shard.parentShardId();
      ShardConsumer parentConsumer = parent == null ? null : consumers.get(parent);
      if (parent != null && present.contains(parent) && (parentConsumer == null || !parentConsumer.finished())) {
        busy = true;  // a child waits until its parent is done, to keep per-item order
        continue;
      }
      ShardConsumer consumer = consumers.computeIfAbsent(shard.shardId(), id -> new ShardConsumer(id, mapping));
      if (consumer.finished()) {
        continue;
      }
      busy |= consumer.poll() > 0;
      busy |= consumer.hasPendingRecords();
    }
    return busy;
  }

  private List<Shard> describeShards() {
    List<Shard> shards = new ArrayList<>();
    String startAfter = null;
    do {
      String exclusiveStart = startAfter;
      var description = streams.describeStream(d -> d.streamArn(mapping.streamArn())
          .exclusiveStartShardId(exclusiveStart)).streamDescription();
      shards.addAll(description.shards());
      startAfter = description.lastEvaluatedShardId();
    } while (startAfter != null);
    return shards;
  }

  // Called with the progress monitor held so close() can wake it; wait() releases the monitor.
  private void sleep(long millis) {
    synchronized (progress) {
      try {
        if (running) {
          progress.wait(millis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
  }
}
