package dev.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The editor's use cases: create, read, list, replace, publish, unpublish and delete articles,
 * read their revisions and restore one, and make an unsaved article to preview. Every write is
 * conditional on what the editor last read, so no one's change is silently lost, and is signed
 * by the editor who made it.
 * ({@link ScheduledPublishing} publishes what editors scheduled.)
 */
public final class EditorDesk {
  /** How many numbered slugs ("titre-2", "titre-3"…) to try before giving up on a title. */
  private static final int SLUG_ATTEMPTS = 50;

  private final ArticleStore store;
  private final ArticleIds ids;
  private final Clock clock;
  private final String language;
  private final PictureLibrary pictures;

  /**
   * A desk whose new articles are written in {@code language}, the site's (SITE_LANGUAGE), and
   * whose pictures come from {@code pictures}.
   */
  public EditorDesk(ArticleStore store, ArticleIds ids, Clock clock, Locale language,
      PictureLibrary pictures) {
    this.store = store;
    this.ids = ids;
    this.clock = clock;
    this.language = language.toLanguageTag();
    this.pictures = pictures;
  }

  public Article create(ArticleContent content, Editor editor) {
    return create(content, editor, Receipt.none());
  }

  /** Creates the article, keeping {@code receipt}'s record of it in the same write. */
  public Article create(ArticleContent content, Editor editor, Receipt<Article> receipt) {
    CheckedContent checked = ArticleRules.check(content);
    Article article = Article.create(ids.next(), checked, byline(checked.author(), null, editor),
        language, clock.instant(), SavedBy.of(editor));
    checkGoingOut(article);
    if (checked.requestedSlug() != null) {
      store.create(article, receipt.of(article));
      return article;
    }
    return createWithFreeSlug(article, receipt);
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
    return replace(id, expectedVersion, content, editor, Receipt.none());
  }

  /** {@link #replace(String, long, ArticleContent, Editor)}, keeping {@code receipt}'s record of it. */
  public Article replace(String id, long expectedVersion, ArticleContent content, Editor editor,
      Receipt<Article> receipt) {
    CheckedContent checked = ArticleRules.check(content);
    Article current = currentAt(id, expectedVersion);
    return save(current,
        current.revised(checked, byline(checked.author(), current.author(), editor), clock.instant(),
            SavedBy.of(editor)), receipt);
  }

  /** Publishes now, or at the article's publishAt if that is still to come. */
  public Article publish(String id, long expectedVersion) {
    return publish(id, expectedVersion, Receipt.none());
  }

  public Article publish(String id, long expectedVersion, Receipt<Article> receipt) {
    return publish(id, expectedVersion, null, receipt);
  }

  /** Publishes, signed by {@code editor} (null: no one on record). */
  public Article publish(String id, long expectedVersion, Editor editor, Receipt<Article> receipt) {
    Article current = currentAt(id, expectedVersion);
    return save(current, current.published(clock.instant(), signature(editor)), receipt);
  }

  /** Takes the article back to draft; its pages are removed. */
  public Article unpublish(String id, long expectedVersion) {
    return unpublish(id, expectedVersion, Receipt.none());
  }

  public Article unpublish(String id, long expectedVersion, Receipt<Article> receipt) {
    return unpublish(id, expectedVersion, null, receipt);
  }

  /** Takes the article back to draft, signed by {@code editor} (null: no one on record). */
  public Article unpublish(String id, long expectedVersion, Editor editor, Receipt<Article> receipt) {
    Article current = currentAt(id, expectedVersion);
    return save(current, current.unpublished(clock.instant(), signature(editor)), receipt);
  }

  /** The article's revisions, newest first (404 when the article is not there). */
  public RevisionPage revisions(String id, int limit, String cursor) {
    get(id);
    return store.revisions(id, limit, cursor);
  }

  /** The article as it was at {@code version}. */
  public Article revision(String id, long version) {
    get(id);
    return store.revision(id, version).orElseThrow(() -> new RevisionNotFound(id, version));
  }

  /**
   * Makes a new version whose content is the one {@code version} had, if the article is still at
   * {@code expectedVersion}; its status and corrections stay as they are now.
   */
  public Article restore(String id, long expectedVersion, long version, Editor editor,
      Receipt<Article> receipt) {
    Article current = currentAt(id, expectedVersion);
    Article old = store.revision(id, version).orElseThrow(() -> new RevisionNotFound(id, version));
    return save(current, current.restored(old, clock.instant(), SavedBy.of(editor)), receipt);
  }

  /**
   * The article as {@code content} would make it, published now, to be rendered and never
   * stored: over the stored article {@code id} names (null for a new one), checked only as far as
   * a page needs ({@link PreviewContent}).
   */
  public Article preview(ArticleContent content, String id, Editor editor) {
    Instant now = clock.instant();
    if (id == null) {
      return PreviewContent.article(ids.next(), content, editor.name(), language, now);
    }
    Article current = get(id);
    return PreviewContent.over(current, content, now);
  }

  private static SavedBy signature(Editor editor) {
    return editor == null ? null : SavedBy.of(editor);
  }

  public void delete(String id, long expectedVersion) {
    delete(id, expectedVersion, Receipt.none());
  }

  /** Deletes the article, keeping {@code receipt}'s record of it (given the article as it was). */
  public void delete(String id, long expectedVersion, Receipt<Article> receipt) {
    Article current = currentAt(id, expectedVersion);
    store.delete(current, receipt.of(current));
  }

  private Article save(Article current, Article next, Receipt<Article> receipt) {
    checkGoingOut(next);
    store.replace(current, next, receipt.of(next));
    return next;
  }

  /** An article that is published or scheduled shows only ready pictures that have alt text. */
  private void checkGoingOut(Article article) {
    if (article.status() != Status.DRAFT) {
      ArticleRules.checkPictures(article.image(), article.body(), pictures);
    }
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

  private Article createWithFreeSlug(Article article, Receipt<Article> receipt) {
    Slug base = article.slug();
    for (int attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
      Article candidate = attempt == 1 ? article : article.withSlug(base.numbered(attempt));
      try {
        store.create(candidate, receipt.of(candidate));
        return candidate;
      } catch (SlugTaken taken) {
        // Someone holds this slug: try the next number.
      }
    }
    throw new SlugTaken(base);
  }

  /** The byline: the one asked for, else the current one, else the editor's own name. */
  private static String byline(String requested, String current, Editor editor) {
    if (requested == null) {
      return current != null ? current : ArticleRules.checkedAuthor(editor.name());
    }
    boolean ownName = requested.equals(editor.name()) || requested.equals(current);
    if (!ownName && !editor.actsForOthers()) {
      throw new NotAllowed("Your token does not allow signing articles with another author's name.");
    }
    return requested;
  }
}
