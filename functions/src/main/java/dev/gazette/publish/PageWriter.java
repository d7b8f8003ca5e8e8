package dev.gazette.publish;

import dev.gazette.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Writes pages so that an older rendering never outlives a newer one, and unchanged files are
 * not written. Every request for a page takes a ticket; one Publisher at a time holds the
 * page's lease and renders until it gives the lease back with no newer ticket outstanding.
 * The others wait until a rendering covers their ticket, taking the lease over if its holder
 * died (the lease runs out).
 */
final class PageWriter {
  /**
   * Far longer than a render (milliseconds): a Publisher that dies mid-render frees its pages
   * after this. The Publisher's Lambda timeout in template.yaml leaves room for GIVE_UP.
   */
  static final Duration LEASE = Duration.ofSeconds(30);
  private static final Duration GIVE_UP = LEASE.multipliedBy(2);

  private final PageStore pages;
  private final PageLedger ledger;
  private final PublishCounters counters;
  private final Clock clock;
  private final boolean trustHashes;

  PageWriter(PageStore pages, PageLedger ledger, PublishCounters counters, Clock clock) {
    this(pages, ledger, counters, clock, true);
  }

  /**
   * @param trustHashes false to write every file even when its recorded hash matches, as when
   *     objects were removed from the bucket behind the ledger's back
   */
  PageWriter(PageStore pages, PageLedger ledger, PublishCounters counters, Clock clock,
      boolean trustHashes) {
    this.pages = pages;
    this.ledger = ledger;
    this.counters = counters;
    this.clock = clock;
    this.trustHashes = trustHashes;
  }

  /** A page this writer holds the lease of, and what it knows of its files. */
  private record Held(PageJob job, long ticket, Map<String, String> hashes) {}

  /**
   * Brings every page up to date. {@code freshReads} runs before each round of rendering, after
   * the round's tickets are taken, so that cached reads never predate a ticket.
   */
  void write(List<PageJob> jobs, Runnable freshReads) {
    String owner = UUID.randomUUID().toString();
    Map<PageId, Held> held = new LinkedHashMap<>();
    Map<PageId, PageJob> waiting = new LinkedHashMap<>();
    Map<PageId, Long> waitingTickets = new HashMap<>();
    for (PageJob job : jobs) {
      if (!held.containsKey(job.page()) && !waiting.containsKey(job.page())) {
        claim(job, owner, held, waiting, waitingTickets);
      }
    }
    Instant giveUp = clock.instant().plus(GIVE_UP);
    for (int round = 0; !held.isEmpty() || !waiting.isEmpty(); round++) {
      if (clock.instant().isAfter(giveUp)) {
        throw new IllegalStateException("pages still waiting for their lease: " + waiting.keySet());
      }
      if (!held.isEmpty()) {
        freshReads.run();
        renderHeld(held, owner);
      } else {
        pause(round);
      }
      checkWaiting(owner, held, waiting, waitingTickets);
    }
  }

  private void claim(PageJob job, String owner, Map<PageId, Held> held, Map<PageId, PageJob> waiting,
      Map<PageId, Long> waitingTickets) {
    Instant now = clock.instant();
    PageLedger.Claim claim = ledger.claim(job.page(), owner, now, now.plus(LEASE));
    if (claim.leased()) {
      held.put(job.page(), new Held(job, claim.ticket(), new HashMap<>(claim.hashesByKey())));
      waiting.remove(job.page());
    } else {
      waiting.put(job.page(), job);
      waitingTickets.put(job.page(), claim.ticket());
    }
  }

  private void renderHeld(Map<PageId, Held> held, String owner) {
    for (Iterator<Map.Entry<PageId, Held>> it = held.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<PageId, Held> entry = it.next();
      Held page = entry.getValue();
      writeFiles(page.job().render().get(), page.hashes());
      OptionalLong newer = ledger.release(page.job().page(), owner, page.ticket(), page.hashes());
      if (newer.isPresent()) {
        // Someone asked again while we rendered: render once more from the newer state.
        entry.setValue(new Held(page.job(), newer.getAsLong(), page.hashes()));
      } else {
        it.remove();
      }
    }
  }

  private void checkWaiting(String owner, Map<PageId, Held> held, Map<PageId, PageJob> waiting,
      Map<PageId, Long> waitingTickets) {
    if (waiting.isEmpty()) {
      return;
    }
    Map<PageId, PageLedger.Status> statuses = ledger.status(waiting.keySet());
    Instant now = clock.instant();
    for (PageJob job : List.copyOf(waiting.values())) {
      PageLedger.Status status = statuses.get(job.page());
      if (status != null && status.renderedTicket() >= waitingTickets.get(job.page())) {
        waiting.remove(job.page());
      } else if (status == null || status.leaseFree(now)) {
        claim(job, owner, held, waiting, waitingTickets);
      }
    }
  }

  private void writeFiles(PageJob.Output output, Map<String, String> hashes) {
    for (RenderedFile file : output.files()) {
      String hash = sha256(file);
      if (trustHashes && hash.equals(hashes.get(file.key()))) {
        counters.pageSkipped();
        continue;
      }
      pages.put(file);
      counters.pageWritten();
      hashes.put(file.key(), hash);
    }
    for (String key : output.deletions()) {
      // Deleted even when the ledger does not know the key: a crash may have come between
      // the write and its record, and a leftover page could link to pages that are gone.
      pages.delete(key);
      counters.pageDeleted();
      hashes.remove(key);
    }
  }

  private static void pause(int round) {
    try {
      Thread.sleep(Math.min(200, 10L * (round + 1)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String sha256(RenderedFile file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(file.contentType().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(file.cacheControl().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      return HexFormat.of().formatHex(digest.digest(file.bytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
