package dev.gazette.bench.latency;

/**
 * One measured invocation of the Publisher: how long it ran, how long after it started the
 * article's own page was written (or removed, for an unpublish; NaN if it never was), and the
 * simulated delays of its requests summed, and how many DynamoDB and S3 requests it sent.
 */
record ChangeTiming(String change, double invocationMs, double pageMs, double delaysMs,
    double dynamoRequests, double s3Requests) {}
