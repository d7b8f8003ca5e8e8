package dev.gazette.local.cdn;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * How long CloudFront keeps one origin response, by its rules: s-maxage, else max-age, bounded by
 * the policy's MinTTL and MaxTTL, DefaultTTL without either; no-store, no-cache and private keep
 * nothing unless MinTTL is above 0; an error is kept its ErrorCachingMinTTL, longer if its own
 * max-age says so (not at all for 404, 410, 414 and 501 marked no-store, no-cache or private).
 *
 * @param ttl how long it is fresh; zero: not kept
 * @param staleWhileRevalidate how long past that it is still answered while the CDN refetches
 */
record Freshness(Duration ttl, Duration staleWhileRevalidate) {

  static final Freshness NOT_KEPT = new Freshness(Duration.ZERO, Duration.ZERO);

  static Freshness of(int status, String cacheControl, CachePolicy policy) {
    String header = cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT);
    boolean forbidden = has(header, "no-store") || has(header, "no-cache") || has(header, "private");
    OptionalLong sMaxAge = seconds(header, "s-maxage");
    OptionalLong maxAge = sMaxAge.isPresent() ? sMaxAge : seconds(header, "max-age");
    Duration stale = Duration.ofSeconds(seconds(header, "stale-while-revalidate").orElse(0));
    if (status >= 400) {
      Duration minimum = policy.errorCaching(status);
      if (forbidden && java.util.Set.of(404, 410, 414, 501).contains(status)) {
        return NOT_KEPT;
      }
      Duration ttl = maxAge.isPresent() ? max(minimum, min(Duration.ofSeconds(maxAge.getAsLong()), policy.maxTtl())) : minimum;
      return new Freshness(ttl, Duration.ZERO);
    }
    if (forbidden) {
      return new Freshness(policy.minTtl(), Duration.ZERO);
    }
    Duration ttl = maxAge.isPresent()
        ? max(policy.minTtl(), min(Duration.ofSeconds(maxAge.getAsLong()), policy.maxTtl())) : policy.defaultTtl();
    return new Freshness(ttl, ttl.isZero() ? Duration.ZERO : stale);
  }

  boolean kept() {
    return !ttl.isZero();
  }

  private static boolean has(String header, String directive) {
    for (String part : header.split(",")) {
      if (part.trim().equals(directive) || part.trim().startsWith(directive + "=")) {
        return true;
      }
    }
    return false;
  }

  private static OptionalLong seconds(String header, String directive) {
    for (String part : header.split(",")) {
      String trimmed = part.trim();
      if (trimmed.startsWith(directive + "=")) {
        try {
          return OptionalLong.of(Math.max(0, Long.parseLong(trimmed.substring(directive.length() + 1).replace("\"", ""))));
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
