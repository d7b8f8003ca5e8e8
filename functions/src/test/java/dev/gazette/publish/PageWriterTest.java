package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Slug;
import dev.gazette.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PageWriterTest {
  private static final PageId SITE_FRONT = new PageId.Front(ListId.site());
  private static final PageId SPORT_FRONT = new PageId.Front(ListId.topic(new Slug("sport")));
  private final InMemoryPageStore pages = new InMemoryPageStore();
  private final InMemoryPageLedger ledger = new InMemoryPageLedger();
  private final PublishCounters counters = new PublishCounters();

  private static RenderedFile topicPage(String text) {
    return new RenderedFile("topics/sport/index.html", text.getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8", "public, max-age=60");
  }

  @Test
  void aChangeArrivingWhileAnotherPublisherRendersIsRenderedBeforeTheLeaseIsGivenBack()
      throws Exception {
    AtomicReference<String> table = new AtomicReference<>("10 articles");
    PageWriter slow = new PageWriter(pages, ledger, counters, Clock.systemUTC(), PublisherFixture.PARALLEL);
    PageWriter fast = new PageWriter(pages, ledger, counters, Clock.systemUTC(), PublisherFixture.PARALLEL);
    PageJob fastJob = new PageJob(SPORT_FRONT,
        () -> PageJob.Output.of(List.of(topicPage(table.get()))));
    AtomicInteger slowRenders = new AtomicInteger();
    Thread[] second = new Thread[1];
    PageJob slowJob = new PageJob(SPORT_FRONT, () -> {
      String seen = table.get();
      if (slowRenders.getAndIncrement() == 0) {
        // While the slow Publisher holds its (older) view, a newer change asks for the page.
        table.set("11 articles");
        second[0] = new Thread(() -> fast.write(List.of(fastJob), () -> { }));
        second[0].start();
        awaitTicket(2);
      }
      return PageJob.Output.of(List.of(topicPage(seen)));
    });

    slow.write(List.of(slowJob), () -> { });
    second[0].join(10_000);

    assertThat(second[0].isAlive()).isFalse();
    assertThat(pages.text("topics/sport/index.html")).isEqualTo("11 articles");
    assertThat(slowRenders.get()).isEqualTo(2);
  }

  @Test
  void aLeaseLeftByADeadPublisherIsTakenOverWhenItRunsOut() {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");
    ledger.claim(SITE_FRONT, "dead-lambda", now.minusSeconds(120), now.minusSeconds(60));
    PageWriter writer = new PageWriter(pages, ledger, counters, Clock.fixed(now, ZoneOffset.UTC),
        PublisherFixture.PARALLEL);
    writer.write(List.of(new PageJob(SITE_FRONT, () -> PageJob.Output.of(List.of(topicPage("à jour"))))), () -> { });
    assertThat(pages.text("topics/sport/index.html")).isEqualTo("à jour");
  }

  @Test
  void aPublisherKilledHoldingALeaseDelaysTheNextByAtMostTheLeaseAndOnlyOnce() {
    SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T10:00:00Z"));
    Instant killedAt = clock.instant();
    ledger.claim(SITE_FRONT, "killed-lambda", killedAt, killedAt.plus(PageWriter.LEASE));
    PageWriter writer = new PageWriter(pages, ledger, counters, clock, PublisherFixture.PARALLEL);
    PageJob job = new PageJob(SITE_FRONT, () -> PageJob.Output.of(List.of(topicPage("à jour"))));

    PageWriter.Outcome first = writer.write(List.of(job), () -> { });
    Instant firstDone = clock.instant();
    PageWriter.Outcome second = writer.write(List.of(job), () -> { });

    assertThat(first.failed()).isEmpty();
    assertThat(pages.text("topics/sport/index.html")).isEqualTo("à jour");
    assertThat(Duration.between(killedAt, firstDone)).isLessThan(PageWriter.LEASE.plusSeconds(10));
    assertThat(second.failed()).isEmpty();
    assertThat(Duration.between(firstDone, clock.instant())).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void givingUpNamesThePageAndWhoHeldIt() {
    SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T10:00:00Z"));
    Instant now = clock.instant();
    ledger.claim(SITE_FRONT, "stuck-lambda", now, now.plus(Duration.ofHours(1)));
    PageWriter writer = new PageWriter(pages, ledger, counters, clock, PublisherFixture.PARALLEL);

    PageWriter.Outcome outcome = writer.write(List.of(new PageJob(SITE_FRONT,
        () -> PageJob.Output.of(List.of(topicPage("jamais"))))), () -> { });

    assertThat(outcome.failed()).containsOnlyKeys(SITE_FRONT);
    assertThat(outcome.failed().get(SITE_FRONT)).hasMessageContaining(SITE_FRONT.encode())
        .hasMessageContaining("held by stuck-lambda");
  }

  /** A clock on which a second passes each time anyone reads it: waiting costs clock time, not real time. */
  private static final class SteppingClock extends Clock {
    private Instant now;

    SteppingClock(Instant start) {
      this.now = start;
    }

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void aTicketTakenBeforeTheSaveIsTakenAgainAfterItWhenAnotherPublisherHeldThePage()
      throws Exception {
    AtomicReference<String> table = new AtomicReference<>("10 articles");
    Instant now = Instant.now();
    ledger.claim(SPORT_FRONT, "other-lambda", now, now.plus(PageWriter.LEASE));
    PageWriter writer = new PageWriter(pages, ledger, counters, Clock.systemUTC(), PublisherFixture.PARALLEL);
    PageJob job = new PageJob(SPORT_FRONT, () -> PageJob.Output.of(List.of(topicPage(table.get()))));
    CompletableFuture<Void> saved = new CompletableFuture<>();
    Thread publisher = new Thread(() -> writer.write(List.of(job), () -> { }, saved));
    publisher.start();
    awaitTicket(2);
    // The other holder renders once more for that ticket, but before the save lands.
    pages.put(topicPage(table.get()));
    assertThat(ledger.release(SPORT_FRONT, "other-lambda", 2, java.util.Map.of()))
        .isInstanceOf(PageLedger.Release.Done.class);
    table.set("11 articles");
    saved.complete(null);
    publisher.join(10_000);

    assertThat(publisher.isAlive()).isFalse();
    assertThat(pages.text("topics/sport/index.html")).isEqualTo("11 articles");
  }

  private void awaitTicket(long ticket) {
    for (int i = 0; i < 500; i++) {
      PageLedger.Status status = ledger.status(List.of(SPORT_FRONT)).get(SPORT_FRONT);
      if (status != null && status.ticket() >= ticket) {
        return;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the second Publisher never asked for the page");
  }

  @Test
  void unchangedFilesAreNotWrittenAgain() {
    PageWriter writer = new PageWriter(pages, ledger, counters, Clock.systemUTC(), PublisherFixture.PARALLEL);
    PageJob job = new PageJob(SITE_FRONT, () -> PageJob.Output.of(List.of(topicPage("même contenu"))));
    writer.write(List.of(job), () -> { });
    writer.write(List.of(job), () -> { });
    assertThat(counters.written()).isEqualTo(1);
    assertThat(counters.skipped()).isEqualTo(1);
  }

  @Test
  void aPageThatIsGoneIsDeleted() {
    PageWriter writer = new PageWriter(pages, ledger, counters, Clock.systemUTC(), PublisherFixture.PARALLEL);
    writer.write(List.of(new PageJob(SPORT_FRONT, () -> PageJob.Output.of(List.of(topicPage("x"))))), () -> { });
    writer.write(List.of(new PageJob(SPORT_FRONT,
        () -> PageJob.Output.gone(List.of("topics/sport/index.html")))), () -> { });
    assertThat(pages.files).isEmpty();
  }
}
