package dev.gazette.publish;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One term's postings of one month: the unit of the search index the browser downloads, cut by
 * the same month buckets as the archives so that no file grows with the archive.
 */
public record TermMonth(String term, YearMonth month) {
  public TermMonth {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(month, "month");
  }
}
