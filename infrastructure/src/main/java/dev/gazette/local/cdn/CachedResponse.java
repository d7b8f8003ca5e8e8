package dev.gazette.local.cdn;

import java.time.Duration;
import java.time.Instant;

/** One answer of the origin as the edge keeps it: status, headers, bytes, when fetched and for how long. */
record CachedResponse(int status, ObjectHeaders headers, byte[] body, Instant fetchedAt, Freshness freshness) {

  boolean freshAt(Instant now) {
    return now.isBefore(fetchedAt.plus(freshness.ttl()));
  }

  /** Past its TTL but within stale-while-revalidate: answered while the edge refetches. */
  boolean servableStaleAt(Instant now) {
    return !freshAt(now) && now.isBefore(fetchedAt.plus(freshness.ttl()).plus(freshness.staleWhileRevalidate()));
  }

  /** The Age header: whole seconds since the edge got it from the origin. */
  long ageSeconds(Instant now) {
    return Math.max(0, Duration.between(fetchedAt, now).getSeconds());
  }

  /** The same bytes confirmed by the origin (a 304) just now, with the headers it sent. */
  CachedResponse revalidated(ObjectHeaders newHeaders, Instant now, Freshness newFreshness) {
    return new CachedResponse(status, newHeaders, body, now, newFreshness);
  }
}
