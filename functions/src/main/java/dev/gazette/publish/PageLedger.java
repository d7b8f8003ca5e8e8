package dev.gazette.publish;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Coordinates the Publishers that want to render the same page. Each request takes a ticket;
 * one Publisher at a time holds a page's lease and renders it until no newer ticket is left,
 * so the last rendering in the bucket is always the newest. It also keeps the hash of each file
 * last written, so unchanged files go unwritten.
 *
 * <p>Every call is safe to repeat after it was applied but answered with an error (the SDK
 * retries such calls): a holder asking again finds its own lease, not someone else's.
 */
public interface PageLedger {

  /**
   * Asks for {@code page} to be rendered: takes a ticket, and the lease if nobody holds it (or
   * the holder's lease ran out, as when a Lambda dies mid-render).
   */
  Claim claim(PageId page, String owner, Instant now, Instant leaseUntil);

  /**
   * Gives the lease back after rendering up to {@code ticket}, recording the files' hashes;
   * keeps it when a newer ticket was taken meanwhile.
   */
  Release release(PageId page, String owner, long ticket, Map<String, String> hashesByKey);

  /**
   * {@link #claim} for many pages at once (a rebuild claims a page of articles together). A
   * store may group the claims into a few requests and leave alone the pages another Publisher
   * holds: those come back without the lease and go through {@link #claim} one by one.
   */
  default Map<PageId, Claim> claimAll(Collection<PageId> pages, String owner, Instant now, Instant leaseUntil) {
    Map<PageId, Claim> claims = new java.util.LinkedHashMap<>();
    pages.forEach(page -> claims.put(page, claim(page, owner, now, leaseUntil)));
    return claims;
  }

  /** {@link #release} for many pages at once, each with the ticket it rendered up to and its files' hashes. */
  default Map<PageId, Release> releaseAll(Map<PageId, Rendered> pages, String owner) {
    Map<PageId, Release> releases = new java.util.LinkedHashMap<>();
    pages.forEach((page, rendered) -> releases.put(page, release(page, owner, rendered.ticket(), rendered.hashesByKey())));
    return releases;
  }

  /** What a holder rendered: up to which ticket, and the hashes of the page's files. */
  record Rendered(long ticket, Map<String, String> hashesByKey) {}

  /** Where each page stands: its newest ticket, the last ticket rendered, and the lease. */
  Map<PageId, Status> status(Collection<PageId> pages);

  /** A claim's outcome: the ticket, whether the lease came with it, and the known hashes. */
  record Claim(long ticket, boolean leased, Map<String, String> hashesByKey) {}

  /** What giving a lease back found. */
  sealed interface Release {
    /** Released: the rendering covered every ticket. */
    record Done() implements Release {}

    /** Still held: a newer ticket came while rendering, so render once more. */
    record Newer(long ticket) implements Release {}

    /** The lease ran out and another Publisher took it: it renders, this one only waits. */
    record Lost(String holder) implements Release {}
  }

  /**
   * A page's progress; {@code holder} is who holds the lease, null when nobody does, and the
   * hashes of the files the last rendering left.
   */
  record Status(long ticket, long renderedTicket, String holder, Instant leaseUntil,
      Map<String, String> hashesByKey) {
    public Status {
      hashesByKey = Map.copyOf(hashesByKey);
    }

    public boolean leaseFree(Instant now) {
      return holder == null || leaseUntil == null || leaseUntil.isBefore(now);
    }

    /**
     * Nobody renders it and every ticket was rendered: its hashes are those of the files in the
     * bucket (a holder that died between writing and releasing leaves its lease behind).
     */
    public boolean atRest() {
      return holder == null && renderedTicket >= ticket;
    }
  }
}
