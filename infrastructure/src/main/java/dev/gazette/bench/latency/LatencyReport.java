package dev.gazette.bench.latency;

import dev.gazette.bench.Percentiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Prints what {@link LatencyBench} measured, with the targets beside the figures. */
final class LatencyReport {
  private LatencyReport() {}

  static String format(LatencyOptions options, List<ChangeTiming> changes, List<BatchTiming> batches) {
    StringBuilder out = new StringBuilder();
    RequestDelays delays = options.delays();
    out.append(String.format("Publisher with AWS-like latency: DynamoDB %d ms, S3 writes %d ms, other S3 %d ms per request;"
            + " archive of %d articles%n%n", delays.dynamoDb().toMillis(), delays.s3Write().toMillis(),
        delays.s3Read().toMillis(), options.articles()));
    out.append(String.format("Single changes, one stream record per invocation (%d of each kind)%n", options.changes()));
    out.append(String.format("%-16s %-30s %9s %9s %9s%n", "change", "measure", "p50", "p95", "max"));
    Map<String, List<ChangeTiming>> byKind = new LinkedHashMap<>();
    changes.forEach(change -> byKind.computeIfAbsent(change.change(), kind -> new ArrayList<>()).add(change));
    byKind.put("all changes", changes);
    byKind.forEach((kind, timings) -> {
      row(out, kind, "invocation", timings, ChangeTiming::invocationMs);
      row(out, "", "  of it delays, summed", timings, ChangeTiming::delaysMs);
      count(out, "  DynamoDB / S3 requests", timings);
      row(out, "", kind.equals("unpublish") ? "-> article page removed" : kind.equals("all changes")
          ? "-> article page written/removed" : "-> article page written", timings, ChangeTiming::pageMs);
    });
    out.append(String.format("target: article page written <= 150 ms after the invocation starts (publish)%n%n"));

    out.append(String.format("Batches of %d publishes into one new topic, one invocation each (%d batches)%n",
        options.batchSize(), batches.size()));
    out.append(String.format("%-46s", "measure"));
    for (int b = 0; b < batches.size(); b++) {
      out.append(String.format(" %9s", "batch " + (b + 1)));
    }
    out.append(String.format(" %9s%n", "median"));
    batchRow(out, "invocation (ms)", batches, BatchTiming::invocationMs);
    batchRow(out, "  delays of its requests, summed (ms)", batches, BatchTiming::delaysMs);
    batchRow(out, "  DynamoDB requests", batches, BatchTiming::dynamoRequests);
    batchRow(out, "  S3 requests", batches, BatchTiming::s3Requests);
    batchRow(out, "first article page written (ms)", batches, BatchTiming::firstPageMs);
    batchRow(out, "all article pages written (ms)", batches, BatchTiming::allPagesMs);
    batchRow(out, "writes of the batch's article pages (HTML+JSON)", batches, b -> b.writes(b.ownPages()));
    batchRow(out, "writes of other articles' pages", batches, b -> b.writes(b.otherArticlePages()));
    batchRow(out, "writes of shared pages", batches, b -> b.writes(b.sharedPages()));
    batchRow(out, "shared pages written", batches, b -> b.sharedPages().size());
    batchRow(out, "most writes of one shared page", batches, BatchTiming::mostWritesOfASharedPage);
    out.append(String.format("targets for a batch of 20: all article pages written <= 3 000 ms; each shared page written once%n%n"));

    out.append(String.format("Writes per shared page, batch 1 (keys of the batch's topic as topics/<topic>/...)%n"));
    Map<String, Integer> shared = new TreeMap<>();
    String topic = topicOf(batches.get(0).sharedPages());
    batches.get(0).sharedPages().forEach((key, count) ->
        shared.put(topic == null ? key : key.replace("topics/" + topic + "/", "topics/<topic>/")
            .replace("topics/" + topic + ".", "topics/<topic>."), count));
    shared.forEach((key, count) -> out.append(String.format("  %-40s %3d%n", key, count)));
    return out.toString();
  }

  /** The slug of the batch's own topic: the topic whose front was written ("rafale-1"). */
  private static String topicOf(Map<String, Integer> sharedPages) {
    return sharedPages.keySet().stream().filter(key -> key.startsWith("topics/rafale-"))
        .map(key -> key.substring("topics/".length()).split("[/.]")[0]).findFirst().orElse(null);
  }

  private static void row(StringBuilder out, String change, String measure, List<ChangeTiming> timings,
      ToDoubleFunction<ChangeTiming> value) {
    List<Double> millis = timings.stream().mapToDouble(value).filter(ms -> !Double.isNaN(ms)).boxed().toList();
    out.append(String.format("%-16s %-30s", change, measure));
    if (millis.isEmpty()) {
      out.append(String.format(" %9s %9s %9s%n", "-", "-", "-"));
      return;
    }
    Percentiles percentiles = new Percentiles(millis);
    out.append(String.format(" %6.0f ms %6.0f ms %6.0f ms", percentiles.median(), percentiles.at(0.95), percentiles.max()));
    out.append(millis.size() < timings.size()
        ? String.format("  (%d of %d never)%n", timings.size() - millis.size(), timings.size())
        : System.lineSeparator());
  }

  /** Requests per invocation, p50 and p95 of each service: the same on a busy machine or an idle one. */
  private static void count(StringBuilder out, String measure, List<ChangeTiming> timings) {
    Percentiles dynamo = new Percentiles(timings.stream().map(ChangeTiming::dynamoRequests).toList());
    Percentiles s3 = new Percentiles(timings.stream().map(ChangeTiming::s3Requests).toList());
    out.append(String.format("%-16s %-30s %9s %9s %9s%n", "", measure,
        String.format("%.0f / %.0f", dynamo.median(), s3.median()),
        String.format("%.0f / %.0f", dynamo.at(0.95), s3.at(0.95)),
        String.format("%.0f / %.0f", dynamo.max(), s3.max())));
  }

  private static void batchRow(StringBuilder out, String measure, List<BatchTiming> batches,
      ToDoubleFunction<BatchTiming> value) {
    out.append(String.format("%-46s", measure));
    List<Double> values = new ArrayList<>();
    for (BatchTiming batch : batches) {
      double v = value.applyAsDouble(batch);
      values.add(v);
      out.append(String.format(" %9.0f", v));
    }
    List<Double> known = values.stream().filter(v -> !Double.isNaN(v)).toList();
    out.append(known.isEmpty() ? String.format(" %9s%n", "-")
        : String.format(" %9.0f%n", new Percentiles(known).median()));
  }
}
