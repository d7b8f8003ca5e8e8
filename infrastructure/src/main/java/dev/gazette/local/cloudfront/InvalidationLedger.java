package dev.gazette.local.cloudfront;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The invalidations of one distribution, with CloudFront's rules: a CallerReference sent again
 * with the same paths gets the invalidation it made, with other paths InvalidationBatchAlreadyExists;
 * at most 3 000 paths and 15 wildcards in progress; each path starts with "/" and has "*" only at
 * its end. An accepted invalidation empties the edge of its paths at once.
 */
final class InvalidationLedger {
  static final int MAX_PATHS_IN_PROGRESS = 3_000;
  static final int MAX_WILDCARDS_IN_PROGRESS = 15;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final String distributionId;
  private final Consumer<List<String>> edge;
  private final Clock clock;
  private final Duration completion;
  private final Map<String, Invalidation> byId = new LinkedHashMap<>();
  private final Map<String, Invalidation> byReference = new LinkedHashMap<>();

  InvalidationLedger(String distributionId, Consumer<List<String>> edge, Clock clock, Duration completion) {
    this.distributionId = distributionId;
    this.edge = edge;
    this.clock = clock;
    this.completion = completion;
  }

  /** The invalidation made (or made before for the same batch), and whether it is new. */
  synchronized Map.Entry<Invalidation, Boolean> create(String callerReference, List<String> paths) {
    if (callerReference == null || callerReference.isBlank()) {
      throw new CloudFrontError(400, "InvalidArgument", "CallerReference is required");
    }
    if (paths.isEmpty()) {
      throw new CloudFrontError(400, "InvalidArgument", "Paths must name at least one path");
    }
    for (String path : paths) {
      if (!path.startsWith("/") || path.indexOf('*') >= 0 && path.indexOf('*') != path.length() - 1) {
        throw new CloudFrontError(400, "InvalidArgument", "Invalid invalidation path: " + path);
      }
    }
    Invalidation earlier = byReference.get(callerReference);
    if (earlier != null) {
      if (!earlier.paths().equals(paths)) {
        throw new CloudFrontError(409, "InvalidationBatchAlreadyExists",
            "CallerReference " + callerReference + " was used for another batch: " + earlier.id());
      }
      return Map.entry(earlier, false);
    }
    Instant now = clock.instant();
    List<Invalidation> inProgress = byId.values().stream().filter(i -> i.status(now).equals("InProgress")).toList();
    long wildcards = count(inProgress, true) + paths.stream().filter(p -> p.endsWith("*")).count();
    long files = count(inProgress, false) + paths.stream().filter(p -> !p.endsWith("*")).count();
    if (files > MAX_PATHS_IN_PROGRESS || wildcards > MAX_WILDCARDS_IN_PROGRESS) {
      throw new CloudFrontError(400, "TooManyInvalidationsInProgress", "You have exceeded the maximum number of"
          + " allowable InProgress invalidation batch requests, or invalidation objects.");
    }
    String id = "I" + String.format("%012d", SEQUENCE.incrementAndGet()) + "L";
    Invalidation made = new Invalidation(id, callerReference, List.copyOf(paths), now, now.plus(completion));
    byId.put(id, made);
    byReference.put(callerReference, made);
    edge.accept(made.paths());
    return Map.entry(made, true);
  }

  synchronized Optional<Invalidation> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Newest first, as CloudFront lists them. */
  synchronized List<Invalidation> list() {
    List<Invalidation> all = new ArrayList<>(byId.values());
    java.util.Collections.reverse(all);
    return all;
  }

  String distributionId() {
    return distributionId;
  }

  private static long count(List<Invalidation> invalidations, boolean wildcards) {
    return invalidations.stream().flatMap(i -> i.paths().stream()).filter(p -> p.endsWith("*") == wildcards).count();
  }
}
