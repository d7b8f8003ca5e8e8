package dev.gazette.bench.latency;

import java.util.Map;

/**
 * One batch of publishes into one topic handled in one invocation: how long it ran (and the
 * simulated delays of its requests summed, and how many DynamoDB and S3 requests it sent), when the
 * first and the last of the batch's article pages were written (ms after it started), and how
 * many times each page was written: the batch's own article pages, other articles' pages (whose
 * related lists changed) and the shared pages (home, fronts, feeds, archives, sitemaps).
 */
record BatchTiming(int size, double invocationMs, double delaysMs, double dynamoRequests, double s3Requests,
    double firstPageMs, double allPagesMs,
    Map<String, Integer> ownPages, Map<String, Integer> otherArticlePages, Map<String, Integer> sharedPages) {

  int writes(Map<String, Integer> pages) {
    return pages.values().stream().mapToInt(Integer::intValue).sum();
  }

  int mostWritesOfASharedPage() {
    return sharedPages.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
