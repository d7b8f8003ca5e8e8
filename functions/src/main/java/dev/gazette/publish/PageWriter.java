package dev.gazette.publish;

import dev.gazette.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Writes pages so that an older rendering never outlives a newer one, and unchanged files are
 * not written. Every request for a page takes a ticket; one Publisher at a time holds the
 * page's lease and renders until it gives the lease back with no newer ticket outstanding.
 * The others wait until a rendering covers their ticket, taking the lease over if its holder
 * died (the lease runs out). Pages are claimed, rendered and written in parallel; a page that
 * fails is reported, and the others are still written.
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
  private final ParallelCalls parallel;
  private final boolean trustHashes;

  PageWriter(PageStore pages, PageLedger ledger, PublishCounters counters, Clock clock,
      ParallelCalls parallel) {
    this(pages, ledger, counters, clock, parallel, true);
  }

  /**
   * @param trustHashes false to write every file even when its recorded hash matches, as when
   *     objects were removed from the bucket behind the ledger's back
   */
  PageWriter(PageStore pages, PageLedger ledger, PublishCounters counters, Clock clock,
      ParallelCalls parallel, boolean trustHashes) {
    this.pages = pages;
    this.ledger = ledger;
    this.counters = counters;
    this.clock = clock;
    this.parallel = parallel;
    this.trustHashes = trustHashes;
  }

  /**
   * What a write did: the pages brought up to date, those that could not be (and why), and for
   * each page the keys of files that replaced or removed a copy written before, which readers
   * (and the CDN) may hold.
   */
  record Outcome(Set<PageId> done, Map<PageId, RuntimeException> failed,
      Map<PageId, Set<String>> replaced) {
    static Outcome nothing() {
      return new Outcome(Set.of(), Map.of(), Map.of());
    }

    /** For callers that have no one to report a single page to: the first failure, thrown. */
    void throwIfFailed() {
      failed.forEach((page, failure) -> {
        throw new IllegalStateException("page " + page.encode() + " could not be written", failure);
      });
    }
  }

  /** A page this writer holds the lease of, and what it knows of its files. */
  private record Held(PageJob job, long ticket, Map<String, String> hashes) {}

  /** A page another Publisher is rendering: done when a rendering covers the ticket. */
  private record Waiting(PageJob job, long ticket) {}

  /** One round's result for a page: still held (a newer ticket), waiting, done, or failed. */
  private record Step(PageId page, Held held, Waiting waiting, RuntimeException failure) {}

  /**
   * Brings every page up to date. {@code freshReads} runs before each round of rendering, after
   * the round's tickets are taken, so that cached reads never predate a ticket.
   */
  Outcome write(List<PageJob> jobs, Runnable freshReads) {
    return write(jobs, freshReads, null);
  }

  /**
   * Brings every page up to date once {@code ready} (the save of what the pages show) is done,
   * taking the tickets while it runs: one round trip less before the first rendering. Nothing
   * is rendered before it is done. A claim that found another holder is taken again after it,
   * so the holder renders what it saved; a claim that brought the lease renders after it
   * anyway. If the save failed, the pages are still rendered from what the table holds.
   *
   * @param ready null when what the pages show is saved already
   */
  Outcome write(List<PageJob> jobs, Runnable freshReads, CompletableFuture<?> ready) {
    String owner = UUID.randomUUID().toString();
    Map<PageId, PageJob> unique = new LinkedHashMap<>();
    jobs.forEach(job -> unique.putIfAbsent(job.page(), job));
    Map<PageId, Held> held = new LinkedHashMap<>();
    Map<PageId, Waiting> waiting = new LinkedHashMap<>();
    Map<PageId, RuntimeException> failed = new LinkedHashMap<>();
    Map<PageId, Set<String>> replaced = new ConcurrentHashMap<>();
    apply(parallel.map(List.copyOf(unique.values()), job -> claim(job, owner)), held, waiting, failed);
    if (ready != null) {
      awaitQuietly(ready);
      List<PageJob> again = waiting.values().stream().map(Waiting::job).toList();
      apply(parallel.map(again, job -> claim(job, owner)), held, waiting, failed);
    }
    settle(held, waiting, failed, replaced, owner, freshReads);
    Set<PageId> done = new LinkedHashSet<>(unique.keySet());
    done.removeAll(failed.keySet());
    return new Outcome(done, failed, Map.copyOf(replaced));
  }

  /**
   * Brings many pages up to date in bulk, as a rebuild does with a page of articles: their
   * tickets and leases taken in a few requests ({@link PageLedger#claimAll}), {@code bulkReads}
   * given the pages held so that it reads what they show in a few requests too, after the
   * tickets; every page rendered and written side by side, then every lease given back in a few
   * requests. The same protocol as {@link #write}, so newer never loses to older: a page another
   * Publisher holds is left to it (this only takes a ticket and waits for a rendering that
   * covers it), and a page that got a newer ticket while it was rendered is rendered again,
   * from fresh reads, before its lease is given back.
   */
  Outcome writeBulk(List<PageJob> jobs, java.util.function.Consumer<Set<PageId>> bulkReads, Runnable freshReads) {
    String owner = UUID.randomUUID().toString();
    Map<PageId, PageJob> unique = new LinkedHashMap<>();
    jobs.forEach(job -> unique.putIfAbsent(job.page(), job));
    Map<PageId, Held> held = new LinkedHashMap<>();
    Map<PageId, Waiting> waiting = new LinkedHashMap<>();
    Map<PageId, RuntimeException> failed = new LinkedHashMap<>();
    Map<PageId, Set<String>> replaced = new ConcurrentHashMap<>();
    List<PageJob> leftToOthers = new ArrayList<>();
    try {
      Instant now = clock.instant();
      ledger.claimAll(unique.keySet(), owner, now, now.plus(LEASE)).forEach((page, claim) -> {
        if (claim.leased()) {
          held.put(page, new Held(unique.get(page), claim.ticket(), new HashMap<>(claim.hashesByKey())));
        } else {
          leftToOthers.add(unique.get(page));
        }
      });
    } catch (RuntimeException failure) {
      unique.keySet().forEach(page -> failed.put(page, failure));
      return new Outcome(Set.of(), failed, Map.of());
    }
    if (!held.isEmpty()) {
      bulkReads.accept(held.keySet());
      List<Held> rendering = List.copyOf(held.values());
      held.clear();
      List<RuntimeException> written = parallel.map(rendering, page -> {
        try {
          writeFiles(page.job().page(), page.job().render().get(), page.hashes(), replaced);
          return null;
        } catch (RuntimeException failure) {
          return failure;
        }
      });
      Map<PageId, PageLedger.Rendered> rendered = new LinkedHashMap<>();
      for (int i = 0; i < rendering.size(); i++) {
        Held page = rendering.get(i);
        if (written.get(i) != null) {
          // Its lease runs out; another Publisher (or the next rebuild) renders it.
          failed.put(page.job().page(), written.get(i));
        } else {
          rendered.put(page.job().page(), new PageLedger.Rendered(page.ticket(), page.hashes()));
        }
      }
      Map<PageId, Held> byPage = new HashMap<>();
      rendering.forEach(page -> byPage.put(page.job().page(), page));
      try {
        ledger.releaseAll(rendered, owner).forEach((page, release) -> {
          Held page0 = byPage.get(page);
          if (release instanceof PageLedger.Release.Newer newer) {
            held.put(page, new Held(page0.job(), newer.ticket(), page0.hashes()));
          } else if (release instanceof PageLedger.Release.Lost) {
            waiting.put(page, new Waiting(page0.job(), page0.ticket()));
          }
        });
      } catch (RuntimeException failure) {
        rendered.keySet().forEach(page -> failed.put(page, failure));
      }
    }
    apply(parallel.map(leftToOthers, job -> claim(job, owner)), held, waiting, failed);
    settle(held, waiting, failed, replaced, owner, freshReads);
    Set<PageId> done = new LinkedHashSet<>(unique.keySet());
    done.removeAll(failed.keySet());
    return new Outcome(done, failed, Map.copyOf(replaced));
  }

  /**
   * Renders the pages held until no newer ticket is left, and waits for the others' holders to
   * render up to their tickets (taking over a lease that ran out), giving up after GIVE_UP.
   */
  private void settle(Map<PageId, Held> held, Map<PageId, Waiting> waiting, Map<PageId, RuntimeException> failed,
      Map<PageId, Set<String>> replaced, String owner, Runnable freshReads) {
    Instant giveUp = clock.instant().plus(GIVE_UP);
    Map<PageId, PageLedger.Status> lastSeen = Map.of();
    for (int round = 0; !held.isEmpty() || !waiting.isEmpty(); round++) {
      if (clock.instant().isAfter(giveUp)) {
        IllegalStateException stalled = stalled(waiting, lastSeen);
        waiting.keySet().forEach(page -> failed.put(page, stalled));
        held.keySet().forEach(page -> failed.put(page, stalled));
        break;
      }
      if (!held.isEmpty()) {
        freshReads.run();
        List<Held> round0 = List.copyOf(held.values());
        held.clear();
        apply(parallel.map(round0, page -> renderAndRelease(page, owner, replaced)), held, waiting, failed);
      } else {
        pause(round);
      }
      if (!waiting.isEmpty()) {
        lastSeen = ledger.status(waiting.keySet());
        List<PageJob> free = new ArrayList<>();
        Instant now = clock.instant();
        for (Waiting page : List.copyOf(waiting.values())) {
          PageLedger.Status status = lastSeen.get(page.job().page());
          if (status != null && status.renderedTicket() >= page.ticket()) {
            waiting.remove(page.job().page());
          } else if (status == null || status.leaseFree(now)) {
            free.add(page.job());
          }
        }
        apply(parallel.map(free, job -> claim(job, owner)), held, waiting, failed);
      }
    }
  }

  /**
   * Brings up to date only the pages whose rendering now differs from what the ledger recorded:
   * a page at rest ({@link PageLedger.Status#atRest}) whose files hash as recorded, and whose
   * removed files are recorded as gone, is left alone without taking a ticket, so a call that
   * finds nothing to do only reads (the ledger's items, and what the pages show). The others go
   * through {@link #write}, tickets and leases and all, rendered again from fresh reads. For pages
   * that change with the clock alone (the news sitemap), looked at every minute.
   */
  Outcome writeChanged(List<PageJob> jobs, Runnable freshReads) {
    Map<PageId, PageLedger.Status> statuses = ledger.status(jobs.stream().map(PageJob::page).distinct().toList());
    // Read after the ledger: a rendering that matches hashes read before it is no older than them.
    freshReads.run();
    List<Boolean> current = parallel.map(jobs, job -> isCurrent(job, statuses.get(job.page())));
    List<PageJob> changed = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      if (!current.get(i)) {
        changed.add(jobs.get(i));
      }
    }
    return changed.isEmpty() ? Outcome.nothing() : write(changed, freshReads);
  }

  private boolean isCurrent(PageJob job, PageLedger.Status status) {
    if (!trustHashes || status == null || !status.atRest()) {
      return false;
    }
    PageJob.Output output = job.render().get();
    Map<String, String> recorded = status.hashesByKey();
    boolean current = output.files().stream().allMatch(file -> sha256(file).equals(recorded.get(file.key())))
        && output.deletions().stream().noneMatch(recorded::containsKey);
    if (current) {
      output.files().forEach(file -> counters.pageSkipped());
    }
    return current;
  }

  private static void apply(List<Step> steps, Map<PageId, Held> held, Map<PageId, Waiting> waiting,
      Map<PageId, RuntimeException> failed) {
    for (Step step : steps) {
      waiting.remove(step.page());
      if (step.failure() != null) {
        failed.put(step.page(), step.failure());
      } else if (step.held() != null) {
        held.put(step.page(), step.held());
      } else if (step.waiting() != null) {
        waiting.put(step.page(), step.waiting());
      }
    }
  }

  private Step claim(PageJob job, String owner) {
    try {
      Instant now = clock.instant();
      PageLedger.Claim claim = ledger.claim(job.page(), owner, now, now.plus(LEASE));
      return claim.leased()
          ? new Step(job.page(), new Held(job, claim.ticket(), new HashMap<>(claim.hashesByKey())), null, null)
          : new Step(job.page(), null, new Waiting(job, claim.ticket()), null);
    } catch (RuntimeException failure) {
      return new Step(job.page(), null, null, failure);
    }
  }

  private Step renderAndRelease(Held page, String owner, Map<PageId, Set<String>> replaced) {
    PageId id = page.job().page();
    try {
      writeFiles(id, page.job().render().get(), page.hashes(), replaced);
      PageLedger.Release release = ledger.release(id, owner, page.ticket(), page.hashes());
      if (release instanceof PageLedger.Release.Newer newer) {
        // Someone asked again while we rendered: render once more from the newer state.
        return new Step(id, new Held(page.job(), newer.ticket(), page.hashes()), null, null);
      }
      if (release instanceof PageLedger.Release.Lost) {
        return new Step(id, null, new Waiting(page.job(), page.ticket()), null);
      }
      return new Step(id, null, null, null);
    } catch (RuntimeException failure) {
      return new Step(id, null, null, failure);
    }
  }

  /**
   * Files of one page go out side by side (an article's HTML and JSON: one S3 round trip, not
   * two); when the page is itself one of a batch written in parallel they go one after another.
   * Hashes are recorded only once every file is written, so a failed file is written again.
   */
  private void writeFiles(PageId page, PageJob.Output output, Map<String, String> hashes,
      Map<PageId, Set<String>> replaced) {
    List<RenderedFile> changed = new ArrayList<>();
    Map<String, String> newHashes = new HashMap<>();
    for (RenderedFile file : output.files()) {
      String hash = sha256(file);
      if (trustHashes && hash.equals(hashes.get(file.key()))) {
        counters.pageSkipped();
      } else {
        changed.add(file);
        newHashes.put(file.key(), hash);
      }
    }
    List<Runnable> calls = new ArrayList<>();
    changed.forEach(file -> calls.add(() -> {
      pages.put(file);
      counters.pageWritten();
    }));
    // Deleted even when the ledger does not know the key: a crash may have come between
    // the write and its record, and a leftover page could link to pages that are gone.
    output.deletions().forEach(key -> calls.add(() -> {
      pages.delete(key);
      counters.pageDeleted();
    }));
    parallel.map(calls, call -> {
      call.run();
      return true;
    });
    for (RenderedFile file : changed) {
      String previous = hashes.put(file.key(), newHashes.get(file.key()));
      if (previous != null && !previous.equals(newHashes.get(file.key()))) {
        replaced.computeIfAbsent(page, any -> ConcurrentHashMap.newKeySet()).add(file.key());
      }
    }
    for (String key : output.deletions()) {
      hashes.remove(key);
      replaced.computeIfAbsent(page, any -> ConcurrentHashMap.newKeySet()).add(key);
    }
  }

  private static IllegalStateException stalled(Map<PageId, Waiting> waiting,
      Map<PageId, PageLedger.Status> seen) {
    String pages = waiting.keySet().stream().map(page -> {
      PageLedger.Status status = seen.get(page);
      return page.encode() + (status == null || status.holder() == null ? " (no holder)"
          : " (held by " + status.holder() + " until " + status.leaseUntil() + ", rendered "
              + status.renderedTicket() + " of " + status.ticket() + ")");
    }).collect(Collectors.joining(", "));
    return new IllegalStateException("gave up after " + GIVE_UP.toSeconds()
        + " s waiting for other Publishers to render: " + pages);
  }

  /** Waits for the save; its failure is its caller's to report. */
  private static void awaitQuietly(CompletableFuture<?> ready) {
    try {
      ready.join();
    } catch (CompletionException | CancellationException failed) {
      // Rendered from what the table holds: a correct page for the tickets taken.
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
