package dev.gazette.bench.latency;

/**
 * One measured invocation of the Publisher: how long it ran, how long after it started the
 * article's own page was written (or removed, for an unpublish; NaN if it never was), and the
 * simulated delays of its requests summed.
 */
record ChangeTiming(String change, double invocationMs, double pageMs, double delaysMs) {}
