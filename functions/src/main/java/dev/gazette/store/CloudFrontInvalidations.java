package dev.gazette.store;

import dev.gazette.publish.CdnInvalidations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.CloudFrontException;
import software.amazon.awssdk.services.cloudfront.model.TooManyInvalidationsInProgressException;

/**
 * The CDN invalidations of the Publisher, sent to CloudFront's CreateInvalidation API: the paths
 * deduplicated (a path a wildcard of the same call covers is left out), split into batches within
 * CloudFront's limits, each batch under one CallerReference for all its attempts, so that a retry
 * of a request CloudFront did receive (the SDK's or ours) returns that invalidation instead of
 * making a second one. Throttling is retried with a bounded backoff; then the call fails.
 */
public final class CloudFrontInvalidations implements CdnInvalidations {

  /** CloudFront keeps at most 3 000 file paths in progress per distribution: no batch is larger. */
  static final int MAX_PATHS_PER_BATCH = 3_000;
  /** ... and at most 15 wildcard paths in progress. */
  static final int MAX_WILDCARDS_PER_BATCH = 15;
  private static final int ATTEMPTS = 6;
  private static final Duration FIRST_DELAY = Duration.ofMillis(250);
  private static final Duration LONGEST_DELAY = Duration.ofSeconds(4);

  /** Waits between attempts; tests pass one that does not wait. */
  interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final CloudFrontClient cloudFront;
  private final String distributionId;
  private final int attempts;
  private final Duration firstDelay;
  private final Pause pause;

  /** Six attempts, 0.25 s to 4 s apart (under 8 s in all): well inside the Publisher's timeout. */
  public CloudFrontInvalidations(CloudFrontClient cloudFront, String distributionId) {
    this(cloudFront, distributionId, ATTEMPTS, FIRST_DELAY, duration -> Thread.sleep(duration.toMillis()));
  }

  CloudFrontInvalidations(CloudFrontClient cloudFront, String distributionId, int attempts,
      Duration firstDelay, Pause pause) {
    if (distributionId == null || distributionId.isBlank()) {
      throw new IllegalArgumentException("a CloudFront distribution id is needed");
    }
    this.cloudFront = cloudFront;
    this.distributionId = distributionId;
    this.attempts = attempts;
    this.firstDelay = firstDelay;
    this.pause = pause;
  }

  @Override
  public void invalidate(Set<String> paths) {
    List<List<String>> batches = batches(paths);
    // Fresh for each call: the same paths invalidated again later (a second correction) must
    // make a new invalidation, while every attempt of this call reuses its own reference.
    String call = "gazette-" + UUID.randomUUID();
    for (int i = 0; i < batches.size(); i++) {
      send(batches.get(i), call + "-" + (i + 1));
    }
  }

  /**
   * The paths sorted, without duplicates nor the paths a wildcard among them covers, in batches
   * of at most {@link #MAX_PATHS_PER_BATCH} paths and {@link #MAX_WILDCARDS_PER_BATCH} wildcards.
   */
  static List<List<String>> batches(Set<String> paths) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String path : paths) {
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("an invalidation path starts with /: " + path);
      }
      sorted.add(path);
    }
    List<String> wildcards = sorted.stream().filter(path -> path.endsWith("*")).toList();
    List<List<String>> batches = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    int wildcardsInBatch = 0;
    for (String path : sorted) {
      boolean wildcard = path.endsWith("*");
      if (wildcards.stream().anyMatch(other -> !other.equals(path) && covers(other, path))) {
        continue;
      }
      if (batch.size() == MAX_PATHS_PER_BATCH || wildcard && wildcardsInBatch == MAX_WILDCARDS_PER_BATCH) {
        batches.add(batch);
        batch = new ArrayList<>();
        wildcardsInBatch = 0;
      }
      batch.add(path);
      wildcardsInBatch += wildcard ? 1 : 0;
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  private static boolean covers(String wildcard, String path) {
    return path.startsWith(wildcard.substring(0, wildcard.length() - 1));
  }

  private void send(List<String> batch, String callerReference) {
    Duration delay = firstDelay;
    for (int attempt = 1; ; attempt++) {
      try {
        cloudFront.createInvalidation(request -> request.distributionId(distributionId)
            .invalidationBatch(b -> b.callerReference(callerReference)
                .paths(p -> p.quantity(batch.size()).items(batch))));
        return;
      } catch (CloudFrontException e) {
        if (!worthRetrying(e) || attempt == attempts) {
          throw new IllegalStateException("CloudFront did not invalidate " + batch.size() + " path(s) of distribution "
              + distributionId + " (first " + batch.get(0) + ") after " + attempt + " attempt(s): "
              + errorCode(e), e);
        }
      }
      pauseFor(delay);
      delay = delay.multipliedBy(2).compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay.multipliedBy(2);
    }
  }

  /** Throttling and too many invalidations in progress pass; a refusal of the request itself does not. */
  private static boolean worthRetrying(CloudFrontException e) {
    return e instanceof TooManyInvalidationsInProgressException || e.isThrottlingException()
        || e.statusCode() == 429 || e.statusCode() >= 500;
  }

  private static String errorCode(CloudFrontException e) {
    return e.awsErrorDetails() == null ? e.getMessage()
        : e.awsErrorDetails().errorCode() + " " + e.awsErrorDetails().errorMessage();
  }

  private void pauseFor(Duration delay) {
    try {
      pause.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry a CloudFront invalidation", e);
    }
  }
}
