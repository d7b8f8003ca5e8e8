package dev.gazette.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Prints the costs per change side by side for each archive size, with the largest/smallest ratio. */
final class CostTable {
  private CostTable() {}

  static String format(Map<Integer, List<ChangeCost>> results, int changes) {
    List<Integer> sizes = List.copyOf(results.keySet());
    StringBuilder out = new StringBuilder();
    out.append(String.format("Cost per change, average of %d changes of each kind (editor's write + Publisher)%n%n", changes));
    out.append(String.format("%-16s %-22s", "change", "measure"));
    sizes.forEach(size -> out.append(String.format(" %10s", "N=" + size)));
    out.append(String.format(" %8s%n", "ratio"));
    int kinds = results.get(sizes.get(0)).size();
    for (int kind = 0; kind < kinds; kind++) {
      int k = kind;
      String name = results.get(sizes.get(0)).get(k).change();
      row(out, name, "DynamoDB requests", sizes, size -> results.get(size).get(k).dynamoRequests());
      row(out, "", "S3 requests", sizes, size -> results.get(size).get(k).s3Requests());
      row(out, "", "pages written", sizes, size -> results.get(size).get(k).pagesWritten());
      row(out, "", "read units", sizes, size -> results.get(size).get(k).readUnits());
      row(out, "", "write units", sizes, size -> results.get(size).get(k).writeUnits());
    }
    out.append(String.format("%nRequests by operation, per change (N=%d):%n", sizes.get(sizes.size() - 1)));
    for (ChangeCost cost : results.get(sizes.get(sizes.size() - 1))) {
      out.append("  ").append(cost.change()).append(": ");
      cost.requests().forEach((operation, count) -> out.append(String.format("%s %.1f  ", operation, count)));
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String change, String measure, List<Integer> sizes,
      Function<Integer, Double> value) {
    out.append(String.format("%-16s %-22s", change, measure));
    for (int size : sizes) {
      out.append(String.format(" %10.1f", value.apply(size)));
    }
    double first = value.apply(sizes.get(0));
    double last = value.apply(sizes.get(sizes.size() - 1));
    out.append(first == 0 ? String.format(" %8s%n", "-") : String.format(" %8.2f%n", last / first));
  }
}
