package dev.gazette.index;

import dev.gazette.article.PageLedger;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** A fake page ledger: tickets and hashes in maps. */
final class InMemoryPageLedger implements PageLedger {
  private final Map<String, Long> tickets = new HashMap<>();
  private final Map<String, Map<String, String>> hashes = new HashMap<>();

  @Override
  public synchronized Ticket take(String page) {
    long ticket = tickets.merge(page, 1L, Long::sum);
    return new Ticket(ticket, Map.copyOf(hashes.getOrDefault(page, Map.of())));
  }

  @Override
  public synchronized void recordHashes(String page, Map<String, String> hashesByKey) {
    hashes.put(page, Map.copyOf(hashesByKey));
  }

  @Override
  public synchronized Map<String, Long> tickets(Collection<String> pages) {
    Map<String, Long> result = new HashMap<>();
    pages.forEach(page -> result.put(page, tickets.getOrDefault(page, 0L)));
    return result;
  }
}
