package dev.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The editor's use cases: create, read, replace and delete articles. Every write is
 * conditional on what the editor last read, so no one's change is silently lost.
 */
public final class EditorDesk {
  /** How many numbered slugs ("titre-2", "titre-3"…) to try before giving up on a title. */
  private static final int SLUG_ATTEMPTS = 50;
  private static final String DEFAULT_LANGUAGE = "fr";

  private final ArticleStore store;
  private final ArticleIds ids;
  private final Clock clock;

  public EditorDesk(ArticleStore store, ArticleIds ids, Clock clock) {
    this.store = store;
    this.ids = ids;
    this.clock = clock;
  }

  public Article create(ArticleContent content, Editor editor) {
    CheckedContent checked = ArticleRules.check(content);
    Instant now = clock.instant();
    Article article = new Article(ids.next(), Slug.fromTitle(checked.title()), checked.title(),
        checked.summary(), checked.body(), authorOf(checked, editor), checked.location(),
        checked.topics(), checked.status(), firstPublication(checked, null, now), now, now, 1,
        DEFAULT_LANGUAGE);
    if (checked.requestedSlug() != null) {
      store.create(article.withSlug(checked.requestedSlug()));
      return article.withSlug(checked.requestedSlug());
    }
    return createWithFreeSlug(article);
  }

  public Article get(String id) {
    return find(id).orElseThrow(() -> new ArticleNotFound(id));
  }

  /** Replaces the whole article if it is still at {@code expectedVersion}; the slug stays unless a new one is asked for. */
  public Article replace(String id, long expectedVersion, ArticleContent content, Editor editor) {
    CheckedContent checked = ArticleRules.check(content);
    Article current = currentAt(id, expectedVersion);
    Instant now = clock.instant();
    Slug slug = checked.requestedSlug() != null ? checked.requestedSlug() : current.slug();
    Article next = new Article(id, slug, checked.title(), checked.summary(), checked.body(),
        authorOf(checked, editor), checked.location(), checked.topics(), checked.status(),
        firstPublication(checked, current.publishedAt(), now), current.createdAt(), now,
        current.version() + 1, current.language());
    store.replace(current, next);
    return next;
  }

  public void delete(String id, long expectedVersion) {
    store.delete(currentAt(id, expectedVersion));
  }

  private Article currentAt(String id, long expectedVersion) {
    Article current = get(id);
    if (current.version() != expectedVersion) {
      throw new VersionConflict(id, expectedVersion);
    }
    return current;
  }

  private Optional<Article> find(String id) {
    return ArticleIds.isWellFormed(id) ? store.find(id) : Optional.empty();
  }

  private Article createWithFreeSlug(Article article) {
    Slug base = article.slug();
    for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
      Article candidate = attempt == 1 ? article : article.withSlug(base.numbered(attempt));
      try {
        store.create(candidate);
        return candidate;
      } catch (SlugTaken taken) {
        // Someone holds this slug: try the next number.
      }
    }
    throw new SlugTaken(base);
  }

  private static String authorOf(CheckedContent checked, Editor editor) {
    return checked.author() != null ? checked.author() : editor.name();
  }

  /**
   * The first publication date is kept for ever once set (edits do not move an article up the
   * lists); an import may give it, otherwise it is the moment of first publishing.
   */
  private static Instant firstPublication(CheckedContent checked, Instant previous, Instant now) {
    if (previous != null) {
      return previous;
    }
    if (checked.status() != Status.PUBLISHED) {
      return checked.publishedAt();
    }
    return checked.publishedAt() != null ? checked.publishedAt() : now;
  }
}
