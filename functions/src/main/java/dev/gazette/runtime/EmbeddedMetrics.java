package dev.gazette.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metrics of one invocation as a CloudWatch Embedded Metric Format document: one log line that
 * CloudWatch turns into metrics, with no API call and no client to start. Hand-written rather
 * than a metrics library: the format is one JSON object, and every class loaded is cold start.
 */
public final class EmbeddedMetrics {
  public static final String NAMESPACE = "Gazette";
  /** EMF takes at most 100 values per metric in one document. */
  private static final int MAX_VALUES = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String functionName;
  private final Map<String, String> units = new LinkedHashMap<>();
  private final Map<String, List<Double>> values = new LinkedHashMap<>();
  private final Map<String, Object> properties = new LinkedHashMap<>();

  /** Metrics with one dimension, the Lambda function's name (as AWS/Lambda's own metrics). */
  public EmbeddedMetrics(String functionName) {
    this.functionName = functionName == null ? "local" : functionName;
  }

  public EmbeddedMetrics count(String name, long value) {
    return add(name, "Count", value);
  }

  public EmbeddedMetrics milliseconds(String name, long value) {
    return add(name, "Milliseconds", value);
  }

  /** A field for log searches that is not a metric (a request id, article ids). */
  public EmbeddedMetrics property(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  private EmbeddedMetrics add(String name, String unit, double value) {
    units.putIfAbsent(name, unit);
    List<Double> list = values.computeIfAbsent(name, key -> new ArrayList<>());
    if (list.size() < MAX_VALUES) {
      list.add(value);
    }
    return this;
  }

  /** The document as one line, stamped with {@code timestamp}. */
  public String line(Instant timestamp) {
    List<Map<String, String>> declared = new ArrayList<>();
    units.forEach((name, unit) -> {
      Map<String, String> metric = new LinkedHashMap<>();
      metric.put("Name", name);
      metric.put("Unit", unit);
      declared.add(metric);
    });
    Map<String, Object> directive = new LinkedHashMap<>();
    directive.put("Namespace", NAMESPACE);
    directive.put("Dimensions", List.of(List.of("FunctionName")));
    directive.put("Metrics", declared);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("_aws", Map.of("Timestamp", timestamp.toEpochMilli(),
        "CloudWatchMetrics", List.of(directive)));
    document.put("FunctionName", functionName);
    values.forEach((name, list) -> document.put(name, list.size() == 1 ? list.get(0) : list));
    document.putAll(properties);
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("numbers and strings are always JSON", e);
    }
  }
}
