package dev.gazette.bench.live;

/**
 * A burst of parallel publishes into one topic, in ms after the POSTs were let go: the last
 * answer, the first and last article page in the origin bucket, the topic page listing them
 * all there, and every one of them confirmed through the CDN stand-in (with how many CDN
 * answers were not yet right on the way).
 */
record BurstTiming(int size, double lastAnswerMs, double firstPageMs, double allPagesMs,
    double topicCompleteMs, double allAtCdnMs, int cdnRetries) {}
