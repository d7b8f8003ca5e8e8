package dev.gazette.article;

import java.util.Collection;
import java.util.Map;

/**
 * Remembers, per page, a render ticket and the hash of each file last written. Tickets let the
 * last renderer of a shared page notice that a newer one started and render again, so an older
 * rendering never stays in the bucket; hashes let unchanged files go unwritten.
 */
public interface PageLedger {

  /** A ticket for rendering {@code page}, and the hashes of its files as last written. */
  Ticket take(String page);

  void recordHashes(String page, Map<String, String> hashesByKey);

  /** The newest ticket of each page. */
  Map<String, Long> tickets(Collection<String> pages);

  record Ticket(long number, Map<String, String> hashesByKey) {}
}
