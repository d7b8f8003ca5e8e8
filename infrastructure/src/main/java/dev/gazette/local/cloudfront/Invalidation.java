package dev.gazette.local.cloudfront;

import java.time.Instant;
import java.util.List;

/** One invalidation as CloudFront keeps it: InProgress until it completes, then Completed. */
record Invalidation(String id, String callerReference, List<String> paths, Instant createTime, Instant completesAt) {

  String status(Instant now) {
    return now.isBefore(completesAt) ? "InProgress" : "Completed";
  }
}
