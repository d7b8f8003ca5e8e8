package dev.gazette.bench.live;

import dev.gazette.bench.Percentiles;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Prints what {@link LiveBench} measured, with the targets beside the figures. */
final class LiveReport {
  private LiveReport() {}

  static String format(LiveOptions options, List<PublishTiming> publishes, BurstTiming burst) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("Local cloud end to end, fresh stack (%d warm-up publishes first)%n%n", options.warmup()));
    out.append(String.format("POST -> article page, %d publishes one at a time (pipeline idle before each)%n",
        publishes.size()));
    out.append(String.format("%-36s %9s %9s %9s%n", "ms after the POST was sent", "p50", "p95", "max"));
    row(out, "API answered 201", publishes, PublishTiming::answeredMs);
    row(out, "page in the origin bucket", publishes, PublishTiming::inOriginMs);
    row(out, "page answered 200 by the CDN", publishes, PublishTiming::atCdnMs);
    out.append(String.format("target: page at the CDN, p50 <= 500 ms%n%n"));

    out.append(String.format("Burst of %d parallel POSTs into one new topic%n", burst.size()));
    out.append(String.format("%-56s %8.0f ms%n", "last API answer", burst.lastAnswerMs()));
    out.append(String.format("%-56s %8.0f ms%n", "first article page in the origin bucket", burst.firstPageMs()));
    out.append(String.format("%-56s %8.0f ms%n", "all article pages in the origin bucket", burst.allPagesMs()));
    out.append(String.format("%-56s %8.0f ms%n", "topic page listing all of them in the origin bucket", burst.topicCompleteMs()));
    out.append(String.format("%-56s %8.0f ms%n", "all answered by the CDN (the topic page listing all)", burst.allAtCdnMs()));
    out.append(String.format("%-56s %8d%n", "CDN answers not yet right on the way", burst.cdnRetries()));
    out.append(String.format("target for a burst of 20: all pages and the topic page live <= 5 000 ms%n"));
    return out.toString();
  }

  private static void row(StringBuilder out, String measure, List<PublishTiming> timings,
      ToDoubleFunction<PublishTiming> value) {
    Percentiles percentiles = new Percentiles(timings.stream().mapToDouble(value).boxed().toList());
    out.append(String.format("%-36s %6.0f ms %6.0f ms %6.0f ms%n", measure, percentiles.median(),
        percentiles.at(0.95), percentiles.max()));
  }
}
