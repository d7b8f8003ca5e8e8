package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.InMemoryArticleStore;
import dev.gazette.article.PictureLibrary;
import dev.gazette.article.PictureRendition;
import dev.gazette.article.Slug;
import dev.gazette.media.InMemoryMediaStore;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaText;
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
  /** One set of threads for every fixture: a pool per test would leave hundreds behind. */
  public static final ParallelCalls PARALLEL = new ParallelCalls(4);
  public final InMemoryArticleStore articles = new InMemoryArticleStore();
  public final InMemoryArticleLists listings = new InMemoryArticleLists();
  public final InMemoryRelatedLinks related = new InMemoryRelatedLinks();
  public final InMemoryPageLedger ledger = new InMemoryPageLedger();
  public final InMemoryPageStore pages = new InMemoryPageStore();
  public final InMemorySearchIndex search = new InMemorySearchIndex();
  public final PublishCounters counters = new PublishCounters();
  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
  public final Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
  public final InMemoryMediaStore media = new InMemoryMediaStore();
  /** What the Publisher asked the CDN to forget, one set per batch. */
  public final List<Set<String>> invalidated = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** The CDN's map of old addresses. */
  public final InMemoryRedirectMap redirects = new InMemoryRedirectMap();
  public final ArticlePublisher publisher = ArticlePublisher.create(new PublisherParts(
      articles, media, listings, related, ledger, pages, invalidated::add, SiteRenderers.of(site),
      PARALLEL, clock, counters, search, redirects));
  public final EditorDesk desk = new EditorDesk(articles, new ArticleIds(clock), clock, site.locale(),
      id -> media.find(id).filter(MediaItem::isReady)
          .map(ready -> new PictureLibrary.ReadyPicture(ready.text().alt())));
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

  /** A ready picture in the library, with every crop at two widths in both formats. */
  public MediaItem readyPicture(String alt, String caption) {
    clock.tick();
    String id = new ArticleIds(clock).next();
    MediaItem announced = MediaItem.awaitingUpload(id, "photo.jpg", "image/jpeg", 1000, clock.instant());
    media.create(announced);
    List<PictureRendition> renditions = new java.util.ArrayList<>();
    for (String crop : List.of("16x9", "4x3", "1x1")) {
      for (int width : List.of(640, 1280)) {
        int height = crop.equals("16x9") ? width * 9 / 16 : crop.equals("4x3") ? width * 3 / 4 : width;
        renditions.add(new PictureRendition(crop, width, height, "webp"));
        renditions.add(new PictureRendition(crop, width, height, "jpg"));
      }
    }
    MediaItem ready = announced.ready(2000, 1500, "00112233445566778899aabbccddeeff", renditions)
        .withText(new MediaText(alt, caption, "Gazette")).next(clock.instant());
    media.replace(announced, ready);
    return ready;
  }

  /** Publishes an article whose lead picture is {@code picture}. */
  public Article publishWithPicture(String title, MediaItem picture, String... topics) {
    clock.tick();
    Article article = desk.create(new ArticleContent(title, null, "Texte.", null, "Rabat",
        List.of(topics), "published", null, null, null,
        new ArticleContent.Image(picture.id(), null, null, null)), editor);
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
