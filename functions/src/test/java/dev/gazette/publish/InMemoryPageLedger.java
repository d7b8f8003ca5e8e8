package dev.gazette.publish;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** A fake page ledger with the same lease rules as {@code DynamoPageLedger}. */
final class InMemoryPageLedger implements PageLedger {
  private final Map<PageId, Long> tickets = new HashMap<>();
  private final Map<PageId, Long> rendered = new HashMap<>();
  private final Map<PageId, String> owners = new HashMap<>();
  private final Map<PageId, Instant> leases = new HashMap<>();
  private final Map<PageId, Map<String, String>> hashes = new HashMap<>();

  @Override
  public synchronized Claim claim(PageId page, String owner, Instant now, Instant leaseUntil) {
    long ticket = tickets.merge(page, 1L, Long::sum);
    Instant lease = leases.get(page);
    boolean leased = lease == null || lease.isBefore(now);
    if (leased) {
      owners.put(page, owner);
      leases.put(page, leaseUntil);
    }
    return new Claim(ticket, leased, Map.copyOf(hashes.getOrDefault(page, Map.of())));
  }

  @Override
  public synchronized Release release(PageId page, String owner, long ticket,
      Map<String, String> hashesByKey) {
    if (owner.equals(owners.get(page)) && tickets.get(page) != ticket) {
      return new Release.Newer(tickets.get(page));
    }
    if (!owner.equals(owners.get(page))) {
      return rendered.getOrDefault(page, 0L) >= ticket ? new Release.Done()
          : new Release.Lost(owners.get(page));
    }
    rendered.put(page, ticket);
    hashes.put(page, Map.copyOf(hashesByKey));
    owners.remove(page);
    leases.remove(page);
    return new Release.Done();
  }

  @Override
  public synchronized Map<PageId, Status> status(Collection<PageId> pages) {
    Map<PageId, Status> statuses = new HashMap<>();
    pages.stream().filter(tickets::containsKey).forEach(page -> statuses.put(page,
        new Status(tickets.get(page), rendered.getOrDefault(page, 0L), owners.get(page),
            leases.get(page), hashes.getOrDefault(page, Map.of()))));
    return statuses;
  }
}
