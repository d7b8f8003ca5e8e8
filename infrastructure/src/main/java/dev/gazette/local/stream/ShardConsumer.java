package dev.gazette.local.stream;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/**
 * One shard as Lambda's event source mapping consumes it: records read in order, filtered, gathered
 * into batches, handed to the function, retried from the first failure, given up after the retry limit.
 */
final class ShardConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(ShardConsumer.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);

  private final String shardId;
  private final StreamMapping mapping;
  // Read but not yet processed, in order. A retry redelivers from here, which gives what Lambda's
  // re-read AT_SEQUENCE_NUMBER of the first failed record gives; after a restart the checkpoint does.
  private final Deque<Record> buffer = new ArrayDeque<>();
  private String iterator;
  private BigInteger readUpTo;
  private boolean ended;
  private long firstBufferedAt;
  private int failedInvocations;
  private long nextAttemptAt;
  private int batchLimit;
  private BigInteger splitEnd;

  ShardConsumer(String shardId, StreamMapping mapping) {
    this.shardId = shardId;
    this.mapping = mapping;
    this.batchLimit = mapping.source().batchSize();
  }

  /** Reads what is new and delivers a batch if one is due; returns how many records were read. */
  int poll(long nowMillis) {
    int read = 0;
    if (!ended && buffer.size() < mapping.source().batchSize()) {
      read = read(nowMillis);
    }
    if (!buffer.isEmpty() && batchDue(nowMillis)) {
      deliver(nowMillis);
    }
    return read;
  }

  /** True once the shard is closed and everything in it was processed. */
  boolean finished() {
    return ended && buffer.isEmpty();
  }

  boolean hasPendingRecords() {
    return !buffer.isEmpty();
  }

  private int read(long nowMillis) {
    GetRecordsResponse response;
    try {
      if (iterator == null) {
        iterator = newIterator();
      }
      int limit = Math.min(1000, Math.max(1, mapping.source().batchSize() - buffer.size()));
      response = mapping.streams().getRecords(r -> r.shardIterator(iterator).limit(limit));
    } catch (ExpiredIteratorException | TrimmedDataAccessException e) {
      LOG.debug("Shard {}: {}; asking for a new iterator", shardId, e.getMessage());
      iterator = null;
      return 0;
    }
    iterator = response.nextShardIterator();
    // A closed shard ends when there is no next iterator; dynoxide's open shards report an
    // EndingSequenceNumber too, so that field cannot tell.
    ended = iterator == null;
    for (Record record : response.records()) {
      readUpTo = new BigInteger(record.dynamodb().sequenceNumber());
      if (mapping.accepts(record)) {
        if (buffer.isEmpty()) {
          firstBufferedAt = nowMillis;
        }
        buffer.addLast(record);
      }
    }
    if (buffer.isEmpty() && readUpTo != null) {
      mapping.checkpoints().put(shardId, readUpTo);
    }
    return response.records().size();
  }

  private String newIterator() {
    BigInteger after = readUpTo != null ? readUpTo : mapping.checkpoints().get(shardId);
    if (after != null) {
      return mapping.streams().getShardIterator(r -> r.streamArn(mapping.streamArn()).shardId(shardId)
          .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(after.toString()))
          .shardIterator();
    }
    ShardIteratorType start = "LATEST".equals(mapping.source().startingPosition())
        ? ShardIteratorType.LATEST : ShardIteratorType.TRIM_HORIZON;
    return mapping.streams().getShardIterator(r -> r.streamArn(mapping.streamArn()).shardId(shardId)
        .shardIteratorType(start)).shardIterator();
  }

  private boolean batchDue(long nowMillis) {
    if (failedInvocations > 0) {
      return nowMillis >= nextAttemptAt;
    }
    return buffer.size() >= batchLimit || ended
        || nowMillis - firstBufferedAt >= mapping.source().maximumBatchingWindow().toMillis();
  }

  private void deliver(long nowMillis) {
    List<Record> batch = new ArrayList<>(buffer).subList(0, Math.min(batchLimit, buffer.size()));
    StreamsEventResponse response;
    try {
      response = mapping.invoke(batch);
    } catch (RuntimeException | Error e) {
      LOG.warn("{} failed on stream records {}..{}: {}", mapping.functionName(),
          batch.get(0).dynamodb().sequenceNumber(), last(batch).dynamodb().sequenceNumber(), e.toString());
      failed(batch, batch, e.toString(), true, nowMillis);
      return;
    }
    List<String> reported = mapping.source().reportBatchItemFailures() && response != null
        && response.getBatchItemFailures() != null
        ? response.getBatchItemFailures().stream().map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList()
        : List.of();
    if (reported.isEmpty()) {
      acknowledge(batch.size());
      return;
    }
    Set<String> inBatch = new HashSet<>(batch.stream().map(r -> r.dynamodb().sequenceNumber()).toList());
    if (!reported.stream().allMatch(inBatch::contains)) {
      // Lambda treats an unknown or empty itemIdentifier as a failure of the whole batch.
      failed(batch, batch, "batchItemFailures named records outside the batch: " + reported, true, nowMillis);
      return;
    }
    BigInteger lowest = reported.stream().map(BigInteger::new).min(BigInteger::compareTo).orElseThrow();
    int succeeded = (int) batch.stream().filter(r -> sequence(r).compareTo(lowest) < 0).count();
    acknowledge(succeeded);
    List<Record> rest = batch.subList(succeeded, batch.size());
    List<Record> failedRecords = rest.stream().filter(r -> reported.contains(r.dynamodb().sequenceNumber())).toList();
    LOG.info("{} reported {} failed stream record(s) from {}; retrying from there", mapping.functionName(),
        failedRecords.size(), lowest);
    failed(rest, failedRecords, "reported in batchItemFailures", false, nowMillis);
  }

  private void failed(List<Record> attempted, List<Record> failedRecords, String error, boolean functionError,
      long nowMillis) {
    failedInvocations++;
    int maxRetries = mapping.source().maximumRetryAttempts();
    if (maxRetries >= 0 && failedInvocations > maxRetries) {
      mapping.sink().write(mapping.functionName(), mapping.streamArn(), shardId, failedRecords,
          failedInvocations, error);
      acknowledge(attempted.size());
      return;
    }
    if (functionError && mapping.source().bisectBatchOnFunctionError() && attempted.size() > 1) {
      batchLimit = Math.max(1, attempted.size() / 2);
      if (splitEnd == null) {
        splitEnd = sequence(last(attempted));
      }
    }
    long backoff = Math.min(MAX_BACKOFF.toMillis(), 125L << Math.min(failedInvocations, 10));
    nextAttemptAt = nowMillis + backoff;
  }

  private void acknowledge(int count) {
    Record lastDone = null;
    for (int i = 0; i < count; i++) {
      lastDone = buffer.removeFirst();
    }
    if (lastDone == null) {
      return;
    }
    failedInvocations = 0;
    BigInteger done = sequence(lastDone);
    // Records the filter skipped after the last delivered one are done too.
    mapping.checkpoints().put(shardId, buffer.isEmpty() && readUpTo != null ? readUpTo : done);
    if (splitEnd != null && done.compareTo(splitEnd) >= 0) {
      splitEnd = null;
      batchLimit = mapping.source().batchSize();
    }
    firstBufferedAt = System.currentTimeMillis();
  }

  private static BigInteger sequence(Record record) {
    return new BigInteger(record.dynamodb().sequenceNumber());
  }

  private static Record last(List<Record> records) {
    return records.get(records.size() - 1);
  }
}
