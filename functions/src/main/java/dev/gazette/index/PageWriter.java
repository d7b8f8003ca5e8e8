package dev.gazette.index;

import dev.gazette.article.PageLedger;
import dev.gazette.article.PageStore;
import dev.gazette.article.RenderedFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes pages so that an older rendering never outlives a newer one and unchanged files are
 * not written. Each page takes a ticket before it reads the table, writes, then checks that no
 * later ticket was taken meanwhile; if one was, that renderer may have written before us, so the
 * page is rendered again from the now newer state.
 */
final class PageWriter {
  /** Each retry means a concurrent change to the same page; a handful always settles. */
  private static final int MAX_ROUNDS = 8;

  private final PageStore pages;
  private final PageLedger ledger;
  private final PublishCounters counters;

  PageWriter(PageStore pages, PageLedger ledger, PublishCounters counters) {
    this.pages = pages;
    this.ledger = ledger;
    this.counters = counters;
  }

  /**
   * Brings every page up to date. {@code freshReads} runs after a round's tickets are taken and
   * before its pages read the table, so that cached reads never predate a ticket.
   */
  void write(List<PageJob> jobs, Runnable freshReads) {
    Map<String, PageJob> pending = new LinkedHashMap<>();
    jobs.forEach(job -> pending.putIfAbsent(job.name(), job));
    for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
      Map<String, PageLedger.Ticket> myTickets = new LinkedHashMap<>();
      pending.keySet().forEach(name -> myTickets.put(name, ledger.take(name)));
      freshReads.run();
      for (PageJob job : pending.values()) {
        writeOnce(job, myTickets.get(job.name()));
      }
      Map<String, Long> newest = ledger.tickets(myTickets.keySet());
      pending.keySet().removeIf(name -> newest.getOrDefault(name, 0L) == myTickets.get(name).number());
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException("pages still contended after " + MAX_ROUNDS
          + " rounds: " + pending.keySet());
    }
  }

  private void writeOnce(PageJob job, PageLedger.Ticket ticket) {
    PageJob.Output output = job.render().get();
    Map<String, String> hashes = new HashMap<>(ticket.hashesByKey());
    boolean changed = false;
    for (RenderedFile file : output.files()) {
      String hash = sha256(file);
      if (hash.equals(hashes.get(file.key()))) {
        counters.pageSkipped();
        continue;
      }
      pages.put(file);
      counters.pageWritten();
      hashes.put(file.key(), hash);
      changed = true;
    }
    for (String key : output.deletions()) {
      // Deleted even when the ledger does not know the key: a crash may have come between
      // the write and its record, and a leftover page could link to pages that are gone.
      pages.delete(key);
      counters.pageDeleted();
      changed |= hashes.remove(key) != null;
    }
    if (changed) {
      ledger.recordHashes(job.name(), hashes);
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
