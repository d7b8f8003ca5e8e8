package dev.gazette.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What one kind of change cost on average: requests per service and operation, capacity units. */
record ChangeCost(String change, int samples, Map<String, Double> requests, double readUnits,
    double writeUnits, double pagesWritten) {

  double dynamoRequests() {
    return sum("dynamodb.");
  }

  double s3Requests() {
    return sum("s3.");
  }

  private double sum(String service) {
    return requests.entrySet().stream()
        .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).startsWith(service))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  static ChangeCost average(String change, int samples, Map<String, Long> requests,
      double readUnits, double writeUnits, long pagesWritten) {
    Map<String, Double> perChange = new TreeMap<>();
    requests.forEach((operation, count) -> perChange.put(operation, (double) count / samples));
    return new ChangeCost(change, samples, perChange, readUnits / samples, writeUnits / samples,
        (double) pagesWritten / samples);
  }
}
