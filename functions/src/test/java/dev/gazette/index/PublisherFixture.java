package dev.gazette.index;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.InMemoryArticleStore;
import dev.gazette.article.Slug;
import dev.gazette.render.Site;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A newsroom and its Publisher over fakes: editors change articles through the desk, and each
 * change is handed to the Publisher the way a stream record would be.
 */
final class PublisherFixture {
  final InMemoryArticleStore articles = new InMemoryArticleStore();
  final InMemoryListings listings = new InMemoryListings();
  final InMemoryRelatedLinks related = new InMemoryRelatedLinks();
  final InMemoryPageLedger ledger = new InMemoryPageLedger();
  final InMemoryPageStore pages = new InMemoryPageStore();
  final PublishCounters counters = new PublishCounters();
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
  final Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
  final ArticlePublisher publisher = ArticlePublisher.create(new ArticlePublisher.Parts(
      articles, listings, related, ledger, pages, site, clock, counters));
  final EditorDesk desk = new EditorDesk(articles, new ArticleIds(clock), clock);
  private final Editor editor = new Editor("u-1", "Nadia Belkacem");

  static ArticleContent content(String title, String body, List<String> topics, String status) {
    return new ArticleContent(title, null, body, null, "Rabat", topics, status, null, null);
  }

  Article publish(String title, String body, String... topics) {
    clock.tick();
    Article article = desk.create(content(title, body, List.of(topics), "published"), editor);
    publisher.refresh(article.id(), Set.of(article.slug()));
    return article;
  }

  Article edit(Article current, ArticleContent content) {
    clock.tick();
    Article next = desk.replace(current.id(), current.version(), content, editor);
    Set<Slug> slugs = new LinkedHashSet<>(List.of(current.slug(), next.slug()));
    publisher.refresh(next.id(), slugs);
    return next;
  }

  void delete(Article current) {
    desk.delete(current.id(), current.version());
    publisher.refresh(current.id(), Set.of(current.slug()));
  }

  /** A clock that moves an hour at each change, so articles get distinct times. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void tick() {
      now = now.plusSeconds(3600);
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
