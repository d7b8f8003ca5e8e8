package dev.gazette.local.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * The on-failure destination of the local event source mapping: records given up after the last
 * retry, one JSON line per batch (Lambda's invocation record, plus the records themselves) in a file.
 */
public final class FailedRecordSink {

  private static final Logger LOG = LoggerFactory.getLogger(FailedRecordSink.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public FailedRecordSink(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** @param condition Lambda's reason: RetryAttemptsExhausted or RecordAgeExceeded */
  synchronized void write(String functionName, String streamArn, String shardId, List<Record> records,
      int invocations, String condition, String error) {
    Map<String, Object> batchInfo = new LinkedHashMap<>();
    batchInfo.put("shardId", shardId);
    batchInfo.put("startSequenceNumber", records.get(0).dynamodb().sequenceNumber());
    batchInfo.put("endSequenceNumber", records.get(records.size() - 1).dynamodb().sequenceNumber());
    batchInfo.put("batchSize", records.size());
    batchInfo.put("streamArn", streamArn);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("timestamp", Instant.now().toString());
    line.put("requestContext", Map.of("functionName", functionName,
        "condition", condition, "approximateInvokeCount", invocations));
    line.put("responseContext", Map.of("functionError", error));
    line.put("DDBStreamBatchInfo", batchInfo);
    line.put("records", records.stream().map(StreamRecordEvents::json).toList());
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to " + file, e);
    }
    LOG.error("{} gave up {} stream record(s) {}..{} after {} invocation(s), {}: {} (written to {})", functionName,
        records.size(), batchInfo.get("startSequenceNumber"), batchInfo.get("endSequenceNumber"),
        invocations, condition, error, file);
  }
}
