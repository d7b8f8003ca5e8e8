package dev.gazette.local.s3events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-failure destination of asynchronous invocations: each event given up, one JSON line in a
 * file, in the shape of the record Lambda sends the template's destination (its condition, the
 * attempts, the original event as {@code requestPayload}, the function's error), plus that destination's ARN.
 */
final class FailedEventSink {

  private static final Logger LOG = LoggerFactory.getLogger(FailedEventSink.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  FailedEventSink(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** @param condition Lambda's reason: RetriesExhausted or EventAgeExceeded */
  synchronized void write(String functionArn, String destination, String requestId, String event, int invocations,
      String condition, String error) {
    Map<String, Object> requestContext = new LinkedHashMap<>();
    requestContext.put("requestId", requestId);
    requestContext.put("functionArn", functionArn + ":$LATEST");
    requestContext.put("condition", condition);
    requestContext.put("approximateInvokeCount", invocations);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("version", "1.0");
    line.put("timestamp", Instant.now().toString());
    line.put("requestContext", requestContext);
    line.put("requestPayload", tree(event));
    if (error != null) {
      line.put("responseContext", Map.of("statusCode", 200, "executedVersion", "$LATEST", "functionError", "Unhandled"));
      line.put("responsePayload", Map.of("errorMessage", error));
    }
    line.put("destination", destination == null ? "(none: the event is dropped)" : destination);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to " + file, e);
    }
    LOG.error("{} gave up event {} after {} invocation(s), {}: {} (written to {})", functionArn, requestId,
        invocations, condition, error, file);
  }

  private static JsonNode tree(String event) {
    try {
      return JSON.readTree(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
