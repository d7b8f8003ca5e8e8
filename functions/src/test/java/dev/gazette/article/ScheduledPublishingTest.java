package dev.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScheduledPublishingTest {
  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
  private static final Instant NOON = NOW.plusSeconds(4 * 3600);
  private final InMemoryArticleStore store = new InMemoryArticleStore();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final EditorDesk desk = new EditorDesk(store, new ArticleIds(clock), clock, Locale.FRENCH, PictureLibrary.EMPTY);
  private final Editor editor = new Editor("u-1", "Nadia Belkacem");

  @Test
  void publishedWithAFuturePublishAtIsScheduledUntilItsTimeComes() {
    ArticleContent later = new ArticleContent("Le budget à midi", null, "Texte.", null, null,
        List.of("Économie"), "published", null, null, NOON.toString(), null);
    Article scheduled = desk.create(later, editor);
    assertThat(scheduled.status()).isEqualTo(Status.SCHEDULED);
    assertThat(scheduled.publishedAt()).isNull();
    assertThat(new ScheduledPublishing(store, clock).publishDue(10)).isZero();

    ScheduledPublishing atNoon = new ScheduledPublishing(store, Clock.fixed(NOON, ZoneOffset.UTC));
    assertThat(atNoon.publishDue(10)).isEqualTo(1);
    Article published = store.find(scheduled.id()).orElseThrow();
    assertThat(published.status()).isEqualTo(Status.PUBLISHED);
    assertThat(published.publishedAt()).isEqualTo(NOON);
    assertThat(published.publishAt()).isNull();
    assertThat(published.version()).isEqualTo(2);
    assertThat(atNoon.publishDue(10)).isZero();
  }
}
