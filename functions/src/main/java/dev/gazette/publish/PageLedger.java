package dev.gazette.publish;

import dev.gazette.article.Status;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Coordinates the Publishers that want to render the same page. Each request takes a ticket;
 * one Publisher at a time holds a page's lease and renders it until no newer ticket is left,
 * so the last rendering in the bucket is always the newest. It also keeps the hash of each file
 * last written, so unchanged files go unwritten.
 */
public interface PageLedger {

  /**
   * Asks for {@code page} to be rendered: takes a ticket, and the lease if nobody holds it (or
   * the holder's lease ran out, as when a Lambda dies mid-render).
   */
  Claim claim(PageId page, String owner, Instant now, Instant leaseUntil);

  /**
   * Gives the lease back after rendering up to {@code ticket}, recording the files' hashes.
   * Fails, keeping the lease, when a newer ticket was taken meanwhile.
   *
   * @return empty on success, or the newest ticket that must be rendered next
   */
  OptionalLong release(PageId page, String owner, long ticket, Map<String, String> hashesByKey);

  /** Where each page stands: its newest ticket, the last ticket rendered, and the lease. */
  Map<PageId, Status> status(Collection<PageId> pages);

  /** A claim's outcome: the ticket, whether the lease came with it, and the known hashes. */
  record Claim(long ticket, boolean leased, Map<String, String> hashesByKey) {}

  /** A page's progress. */
  record Status(long ticket, long renderedTicket, Instant leaseUntil) {
    public boolean leaseFree(Instant now) {
      return leaseUntil == null || leaseUntil.isBefore(now);
    }
  }
}
