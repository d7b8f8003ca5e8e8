package dev.gazette.site;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One month bucket of a list, its article count and the newest updatedAt among its articles.
 * Buckets are fixed by publication month, so an archive page never shifts when articles arrive.
 */
public record ArchiveMonth(YearMonth month, long count, Instant lastModified) {

  public ArchiveMonth {
    Objects.requireNonNull(month, "month");
    if (count < 0) {
      throw new IllegalArgumentException("negative count for " + month + ": " + count);
    }
  }
}
