package dev.gazette.local.stream;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.math.BigInteger;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/**
 * One shard as Lambda's event source mapping consumes it: records read in order and filtered,
 * then handed to the function, to the failure sink and to the checkpoint as {@link BatchPolicy} says.
 */
final class ShardConsumer {

  private static final Logger LOG = LoggerFactory.getLogger(ShardConsumer.class);

  private final String shardId;
  private final StreamMapping mapping;
  private final BatchPolicy batches;
  private String iterator;
  private BigInteger readUpTo;
  private boolean ended;

  ShardConsumer(String shardId, StreamMapping mapping) {
    this.shardId = shardId;
    this.mapping = mapping;
    this.batches = new BatchPolicy(mapping.source(), mapping.clock());
  }

  /** Reads what is new and delivers a batch if one is due; returns how many records were read. */
  int poll() {
    int read = 0;
    if (!ended && batches.pending() < mapping.source().batchSize()) {
      read = read();
    }
    BatchPolicy.Step step = batches.next(ended);
    while (step instanceof BatchPolicy.Step.Expired expired) {
      settle(expired.outcome());
      step = batches.next(ended);
    }
    if (step instanceof BatchPolicy.Step.Deliver deliver) {
      deliver(deliver.batch());
    }
    return read;
  }

  /** True once the shard is closed and everything in it was processed. */
  boolean finished() {
    return ended && batches.pending() == 0;
  }

  boolean hasPendingRecords() {
    return batches.pending() > 0;
  }

  private int read() {
    GetRecordsResponse response;
    try {
      if (iterator == null) {
        iterator = newIterator();
      }
      int limit = Math.min(1000, Math.max(1, mapping.source().batchSize() - batches.pending()));
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
      readUpTo = BatchPolicy.sequence(record);
      if (mapping.accepts(record)) {
        batches.add(record);
      }
    }
    if (batches.pending() == 0 && readUpTo != null) {
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

  private void deliver(List<Record> batch) {
    StreamsEventResponse response;
    try {
      response = mapping.invoke(batch);
    } catch (RuntimeException | Error e) {
      LOG.warn("{} failed on stream records {}..{}: {}", mapping.functionName(), first(batch), last(batch),
          e.toString());
      settle(batches.threw(batch, e.toString()));
      return;
    }
    if (response != null && response.getBatchItemFailures() != null && !response.getBatchItemFailures().isEmpty()) {
      LOG.info("{} reported {} failed stream record(s) of {}..{}", mapping.functionName(),
          response.getBatchItemFailures().size(), first(batch), last(batch));
    }
    settle(batches.answered(batch, response));
  }

  private void settle(BatchPolicy.Outcome outcome) {
    outcome.givenUp().ifPresent(givenUp -> mapping.sink().write(mapping.functionName(), mapping.streamArn(), shardId,
        givenUp.records(), givenUp.invocations(), givenUp.condition(), givenUp.error()));
    List<Record> finished = outcome.finished();
    if (!finished.isEmpty()) {
      BigInteger done = BatchPolicy.sequence(finished.get(finished.size() - 1));
      // Records the filter skipped after the last one done are done too.
      mapping.checkpoints().put(shardId, batches.pending() == 0 && readUpTo != null ? readUpTo : done);
    }
  }

  private static String first(List<Record> batch) {
    return batch.get(0).dynamodb().sequenceNumber();
  }

  private static String last(List<Record> batch) {
    return batch.get(batch.size() - 1).dynamodb().sequenceNumber();
  }
}
