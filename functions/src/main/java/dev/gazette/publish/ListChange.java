package dev.gazette.publish;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One edit to one list: an entry goes into a month bucket (or is rewritten there) or comes out
 * of it. {@code countDelta} is +1, 0 (rewritten in place) or -1; {@code changedAt} becomes the
 * bucket's last-modified time.
 */
public record ListChange(ListId list, YearMonth month, ListEntry entry, int countDelta,
    Instant changedAt) {

  public boolean removes() {
    return countDelta < 0;
  }
}
