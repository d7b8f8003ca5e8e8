package dev.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The editor's use cases: create, read, list, replace, publish, unpublish and delete articles.
 * Every write is conditional on what the editor last read, so no one's change is silently lost.
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
    Status status = statusOf(checked.status(), checked.publishAt(), now);
    Article article = new Article(ids.next(), Slug.fromTitle(checked.title()), checked.title(),
        checked.summary(), checked.body(), author(checked.author(), null, editor),
        checked.location(), checked.topics(), status,
        publishedAt(status, checked.publishedAt(), checked.publishAt(), null, now), now, now, 1,
        DEFAULT_LANGUAGE, publishAt(status, checked.publishAt()));
    if (checked.requestedSlug() != null) {
      Article withSlug = article.withSlug(checked.requestedSlug());
      store.create(withSlug);
      return withSlug;
    }
    return createWithFreeSlug(article);
  }

  public Article get(String id) {
    return find(id).orElseThrow(() -> new ArticleNotFound(id));
  }

  /** A page of articles, newest change first. */
  public ArticleQueryResult list(ArticleQuery query) {
    return store.list(query);
  }

  /**
   * Replaces the whole article if it is still at {@code expectedVersion}. The slug stays unless
   * a new one is asked for; the author stays unless another is named.
   */
  public Article replace(String id, long expectedVersion, ArticleContent content, Editor editor) {
    CheckedContent checked = ArticleRules.check(content);
    Article current = currentAt(id, expectedVersion);
    Instant now = clock.instant();
    Status status = statusOf(checked.status(), checked.publishAt(), now);
    Slug slug = checked.requestedSlug() != null ? checked.requestedSlug() : current.slug();
    Article next = new Article(id, slug, checked.title(), checked.summary(), checked.body(),
        author(checked.author(), current.author(), editor), checked.location(), checked.topics(),
        status, publishedAt(status, checked.publishedAt(), checked.publishAt(), current.publishedAt(), now),
        current.createdAt(), now, current.version() + 1, current.language(),
        publishAt(status, checked.publishAt()));
    store.replace(current, next);
    return next;
  }

  /** Publishes now, or at the article's publishAt if that is still to come. */
  public Article publish(String id, long expectedVersion) {
    Article current = currentAt(id, expectedVersion);
    Instant now = clock.instant();
    Status status = statusOf(Status.PUBLISHED, current.publishAt(), now);
    return save(current, status,
        publishedAt(status, null, current.publishAt(), current.publishedAt(), now),
        publishAt(status, current.publishAt()), now);
  }

  /** Takes the article back to draft; its pages are removed. */
  public Article unpublish(String id, long expectedVersion) {
    Article current = currentAt(id, expectedVersion);
    return save(current, Status.DRAFT, current.publishedAt(), null, clock.instant());
  }

  public void delete(String id, long expectedVersion) {
    store.delete(currentAt(id, expectedVersion));
  }

  /**
   * Publishes the scheduled articles whose time has come, at most {@code limit}; an article an
   * editor changed meanwhile waits for the next run.
   *
   * @return how many were published
   */
  public int publishDue(int limit) {
    Instant now = clock.instant();
    int published = 0;
    for (Article due : store.scheduledUntil(now, limit)) {
      try {
        save(due, Status.PUBLISHED,
            due.publishedAt() != null ? due.publishedAt() : due.publishAt(), null, now);
        published++;
      } catch (VersionConflict | ArticleNotFound changed) {
        // Edited or deleted since the query: the next run sees its new state.
      }
    }
    return published;
  }

  private Article save(Article current, Status status, Instant publishedAt, Instant publishAt,
      Instant now) {
    Article next = new Article(current.id(), current.slug(), current.title(), current.summary(),
        current.body(), current.author(), current.location(), current.topics(), status,
        publishedAt, current.createdAt(), now, current.version() + 1, current.language(), publishAt);
    store.replace(current, next);
    return next;
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

  /** The byline: the one asked for, else the current one, else the editor's own name. */
  private static String author(String requested, String current, Editor editor) {
    if (requested == null) {
      return current != null ? current : ArticleRules.checkedAuthor(editor.name());
    }
    boolean ownName = requested.equals(editor.name()) || requested.equals(current);
    if (!ownName && !editor.actsForOthers()) {
      throw new NotAllowed("Your token does not allow signing articles with another author's name.");
    }
    return requested;
  }

  /** "Published" with a publication time still to come means scheduled. */
  private static Status statusOf(Status asked, Instant publishAt, Instant now) {
    if (asked == Status.PUBLISHED && publishAt != null && publishAt.isAfter(now)) {
      return Status.SCHEDULED;
    }
    return asked;
  }

  /** A draft may keep a planned time; a scheduled article waits for it; a published one is done with it. */
  private static Instant publishAt(Status status, Instant requested) {
    return status == Status.PUBLISHED ? null : requested;
  }

  /**
   * The first publication date is kept for ever once set (edits do not move an article up the
   * lists); an import may give it; otherwise it is the scheduled time, or now.
   */
  private static Instant publishedAt(Status status, Instant imported, Instant publishAt,
      Instant previous, Instant now) {
    if (previous != null) {
      return previous;
    }
    if (status != Status.PUBLISHED) {
      return imported;
    }
    return Objects.requireNonNullElse(imported, publishAt != null ? publishAt : now);
  }
}
