package dev.gazette.handlers;

import dev.gazette.publish.PublishCounters;
import dev.gazette.runtime.EmbeddedMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What one Publisher invocation did, as CloudWatch metrics: how long each change took to go live
 * (from the article's updatedAt to its pages written), pages written, skipped as unchanged and
 * deleted, the records that failed, the paths the CDN was asked to forget and the invalidations
 * CloudFront kept refusing (each alarmed: a reader may still get a page taken down).
 */
final class PublishMetrics {
  private final PublishCounters counters;
  private final Clock clock;
  private final long writtenBefore;
  private final long skippedBefore;
  private final long deletedBefore;
  private final EmbeddedMetrics metrics;
  private long published;
  private long failed;
  private long invalidatedPaths;
  private long failedInvalidations;

  PublishMetrics(PublishCounters counters, Clock clock, String functionName, String requestId) {
    this.counters = counters;
    this.clock = clock;
    this.writtenBefore = counters.written();
    this.skippedBefore = counters.skipped();
    this.deletedBefore = counters.deleted();
    this.metrics = new EmbeddedMetrics(functionName).property("requestId", requestId);
  }

  /** An article's change is live: its pages were written (or removed) just now. */
  void live(Instant changedAt) {
    published++;
    long millis = Duration.between(changedAt, clock.instant()).toMillis();
    metrics.milliseconds("PublishToLiveLatency", Math.max(0, millis));
  }

  void failed() {
    failed++;
  }

  /** The CDN was asked to forget these many paths (whatever came of it). */
  void invalidationRequested(int paths) {
    invalidatedPaths += paths;
  }

  /** CloudFront still refused the invalidation after its retries: the pages may stay cached. */
  void invalidationFailed() {
    failedInvalidations++;
  }

  /** The EMF line for the invocation so far. */
  String line() {
    return metrics.count("ArticlesPublished", published)
        .count("PagesWritten", counters.written() - writtenBefore)
        .count("PagesSkipped", counters.skipped() - skippedBefore)
        .count("PagesDeleted", counters.deleted() - deletedBefore)
        .count("FailedRecords", failed)
        .count("InvalidatedPaths", invalidatedPaths)
        .count("FailedInvalidations", failedInvalidations)
        .line(clock.instant());
  }
}
