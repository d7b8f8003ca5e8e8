package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.InMemoryArticleStore;
import dev.gazette.article.PictureLibrary;
import dev.gazette.article.Slug;
import dev.gazette.render.SiteRenderers;
import dev.gazette.site.Site;
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
public final class PublisherFixture {
  public final InMemoryArticleStore articles = new InMemoryArticleStore();
  public final InMemoryArticleLists listings = new InMemoryArticleLists();
  public final InMemoryRelatedLinks related = new InMemoryRelatedLinks();
  public final InMemoryPageLedger ledger = new InMemoryPageLedger();
  public final InMemoryPageStore pages = new InMemoryPageStore();
  public final PublishCounters counters = new PublishCounters();
  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
  public final Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
  public final ArticlePublisher publisher = ArticlePublisher.create(new PublisherParts(
      articles, listings, related, ledger, pages, SiteRenderers.of(site), clock, counters));
  public final EditorDesk desk = new EditorDesk(articles, new ArticleIds(clock), clock, site.locale(), PictureLibrary.EMPTY);
  private final Editor editor = new Editor("u-1", "Nadia Belkacem");

  public static ArticleContent content(String title, String body, List<String> topics, String status) {
    return new ArticleContent(title, null, body, null, "Rabat", topics, status, null, null, null, null);
  }

  public Article publish(String title, String body, String... topics) {
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
  public static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    public void tick() {
      now = now.plusSeconds(3600);
    }

    public void set(Instant instant) {
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
