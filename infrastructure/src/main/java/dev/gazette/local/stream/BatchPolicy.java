package dev.gazette.local.stream;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import dev.gazette.local.template.StreamEventSource;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Lambda's rules for the records of one shard, without I/O: when a batch is due and how large it
 * is, what an answer or an error of the function leads to (retry after a backoff, bisect, give up
 * to the on-failure destination), and which records are too old to deliver. Time comes from the
 * clock it is given, so that every rule can be checked without waiting.
 */
final class BatchPolicy {

  static final String RETRIES_EXHAUSTED = "RetryAttemptsExhausted";
  static final String RECORD_AGE_EXCEEDED = "RecordAgeExceeded";
  private static final long MAX_BACKOFF_MILLIS = 1_000;

  private final StreamEventSource source;
  private final Clock clock;
  // Read but not yet processed, in order. A retry redelivers from here, which gives what Lambda's
  // re-read AT_SEQUENCE_NUMBER of the first failed record gives.
  private final Deque<Record> buffer = new ArrayDeque<>();
  private long windowOpenedAt;
  private int failedInvocations;
  private long nextAttemptAt;
  private int batchLimit;
  // While bisecting: the last record of the batch that first failed; the full size is back after it.
  private BigInteger splitEnd;

  BatchPolicy(StreamEventSource source, Clock clock) {
    this.source = source;
    this.clock = clock;
    this.batchLimit = source.batchSize();
  }

  void add(Record record) {
    if (buffer.isEmpty()) {
      windowOpenedAt = clock.millis();
    }
    buffer.addLast(record);
  }

  int pending() {
    return buffer.size();
  }

  /** What to do now: give up records past their age, deliver a batch that is due, or wait. */
  Step next(boolean shardEnded) {
    List<Record> expired = expired();
    if (!expired.isEmpty()) {
      int invocations = failedInvocations;
      return new Step.Expired(new Outcome(finish(expired.size()), Optional.of(new GivenUp(expired,
          RECORD_AGE_EXCEEDED, invocations, "older than " + source.maximumRecordAgeSeconds() + " s"))));
    }
    if (buffer.isEmpty() || !due(shardEnded)) {
      return new Step.Wait();
    }
    return new Step.Deliver(List.copyOf(new ArrayList<>(buffer).subList(0, Math.min(batchLimit, buffer.size()))));
  }

  /** The function answered: records it reported failed (ReportBatchItemFailures) are retried from the first. */
  Outcome answered(List<Record> batch, StreamsEventResponse response) {
    List<String> reported = source.reportBatchItemFailures() && response != null
        && response.getBatchItemFailures() != null
        ? response.getBatchItemFailures().stream().map(BatchItemFailure::getItemIdentifier).toList()
        : List.of();
    if (reported.isEmpty()) {
      return new Outcome(finish(batch.size()), Optional.empty());
    }
    Set<String> inBatch = new HashSet<>(batch.stream().map(r -> r.dynamodb().sequenceNumber()).toList());
    if (!inBatch.containsAll(reported)) {
      // Lambda treats an unknown or empty itemIdentifier as a failure of the whole batch.
      return failed(batch, batch, "batchItemFailures named records outside the batch: " + reported, true);
    }
    BigInteger lowest = reported.stream().map(BigInteger::new).min(BigInteger::compareTo).orElseThrow();
    int succeeded = (int) batch.stream().filter(r -> sequence(r).compareTo(lowest) < 0).count();
    List<Record> done = new ArrayList<>(finish(succeeded));
    List<Record> rest = batch.subList(succeeded, batch.size());
    Outcome retry = failed(rest, rest.stream().filter(r -> reported.contains(r.dynamodb().sequenceNumber())).toList(),
        "reported in batchItemFailures", false);
    done.addAll(retry.finished());
    return new Outcome(done, retry.givenUp());
  }

  /** The function threw: the whole batch failed, and may be split in two to find the record at fault. */
  Outcome threw(List<Record> batch, String error) {
    return failed(batch, batch, error, true);
  }

  private Outcome failed(List<Record> attempted, List<Record> failedRecords, String error, boolean functionError) {
    failedInvocations++;
    int maxRetries = source.maximumRetryAttempts();
    if (maxRetries >= 0 && failedInvocations > maxRetries) {
      int invocations = failedInvocations;
      return new Outcome(finish(attempted.size()),
          Optional.of(new GivenUp(failedRecords, RETRIES_EXHAUSTED, invocations, error)));
    }
    if (functionError && source.bisectBatchOnFunctionError() && attempted.size() > 1) {
      batchLimit = Math.max(1, attempted.size() / 2);
      if (splitEnd == null) {
        splitEnd = sequence(attempted.get(attempted.size() - 1));
      }
    }
    nextAttemptAt = clock.millis() + Math.min(MAX_BACKOFF_MILLIS, 125L << Math.min(failedInvocations, 10));
    return new Outcome(List.of(), Optional.empty());
  }

  private boolean due(boolean shardEnded) {
    long now = clock.millis();
    if (failedInvocations > 0) {
      return now >= nextAttemptAt;
    }
    return buffer.size() >= batchLimit || shardEnded
        || now - windowOpenedAt >= source.maximumBatchingWindow().toMillis();
  }

  /** The oldest records, in order, whose age is past MaximumRecordAgeInSeconds. */
  private List<Record> expired() {
    List<Record> expired = new ArrayList<>();
    if (source.maximumRecordAgeSeconds() < 0) {
      return expired;
    }
    Instant oldestAllowed = clock.instant().minusSeconds(source.maximumRecordAgeSeconds());
    for (Record record : buffer) {
      Instant created = record.dynamodb().approximateCreationDateTime();
      if (created == null || !created.isBefore(oldestAllowed)) {
        break;
      }
      expired.add(record);
    }
    return expired;
  }

  /** Takes the first records off the buffer: they are done, whether processed or given up. */
  private List<Record> finish(int count) {
    List<Record> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      done.add(buffer.removeFirst());
    }
    if (done.isEmpty()) {
      return done;
    }
    failedInvocations = 0;
    if (splitEnd != null && sequence(done.get(done.size() - 1)).compareTo(splitEnd) >= 0) {
      splitEnd = null;
      batchLimit = source.batchSize();
    }
    windowOpenedAt = clock.millis();
    return done;
  }

  static BigInteger sequence(Record record) {
    return new BigInteger(record.dynamodb().sequenceNumber());
  }

  /** The next thing a shard consumer does. */
  sealed interface Step {
    /** Nothing is due yet. */
    record Wait() implements Step {
    }

    /** Hand these records to the function, then tell the policy how it went. */
    record Deliver(List<Record> batch) implements Step {
    }

    /** These records are past their age: they leave the buffer for the on-failure destination. */
    record Expired(Outcome outcome) implements Step {
    }
  }

  /** What a step settled: the records done with, in order, and those given up among them, if any. */
  record Outcome(List<Record> finished, Optional<GivenUp> givenUp) {
  }

  /** Records sent to the on-failure destination, with Lambda's condition and the function's error. */
  record GivenUp(List<Record> records, String condition, int invocations, String error) {
  }
}
