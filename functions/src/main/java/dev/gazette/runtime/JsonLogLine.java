package dev.gazette.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One log event as one line of JSON: timestamp (RFC 3339) and level, which Lambda's JSON log
 * format understands, the message, the logger, the invocation's context fields (request id,
 * article id) and, for a failure, its type, message and stack trace.
 */
public record JsonLogLine(Instant timestamp, String level, String logger, String message,
    Map<String, String> context, Throwable error) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public String format() {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("timestamp", timestamp.toString());
    line.put("level", level);
    line.put("message", message);
    line.put("logger", logger);
    if (context != null) {
      line.putAll(context);
    }
    if (error != null) {
      line.put("errorType", error.getClass().getName());
      line.put("errorMessage", String.valueOf(error.getMessage()));
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      line.put("stackTrace", trace.toString());
    }
    try {
      return JSON.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }
}
