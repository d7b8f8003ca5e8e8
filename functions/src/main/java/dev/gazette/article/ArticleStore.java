package dev.gazette.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table of articles. Every write is conditional: creation on the id and slug being free,
 * replacement and deletion on the version the caller read. Every creation and replacement keeps
 * the version it writes as an immutable revision, in the same write: a version is never saved
 * without its revision, nor a revision kept for a version that was not saved.
 */
public interface ArticleStore {

  Optional<Article> find(String id);

  /** These articles, those that exist, by id (a rebuild reads them a page at a time). */
  default java.util.Map<String, Article> findAll(java.util.Collection<String> ids) {
    java.util.Map<String, Article> all = new java.util.LinkedHashMap<>();
    ids.forEach(id -> find(id).ifPresent(article -> all.put(id, article)));
    return all;
  }

  /** The id of the article that holds this slug, if any. */
  Optional<String> idBySlug(Slug slug);

  /**
   * A page of articles, newest change first.
   *
   * @throws InvalidQuery when the cursor is not one this store made
   */
  ArticleQueryResult list(ArticleQuery query);

  /** Scheduled articles whose publication time is at or before {@code until}, earliest first. */
  List<Article> scheduledUntil(Instant until, int limit);

  /**
   * The article's revisions, newest first, at most {@code limit}, from {@code cursor} (null: the
   * newest).
   *
   * @throws InvalidQuery when the cursor is not one this store made
   */
  RevisionPage revisions(String id, int limit, String cursor);

  /** The article as it was saved at {@code version}, if that revision is kept. */
  Optional<Article> revision(String id, long version);

  /** @throws SlugTaken when another article holds the slug */
  default void create(Article article) {
    create(article, Optional.empty());
  }

  /**
   * Creates the article and keeps the receipt with it, in one write: a receipt never exists
   * without its article, nor the article of a keyed request without its receipt.
   *
   * @throws SlugTaken when another article holds the slug
   * @throws RequestAlreadyMade when a live receipt with this id is kept (nothing is written)
   * @throws RequestInFlight when another write on the same items ran at the same moment
   */
  void create(Article article, Optional<RequestReceipt> receipt);

  /**
   * Stores {@code next} if the stored article still has {@code previous.version()}; claims the
   * new slug when the slug changed, and keeps the former ones claimed so they can redirect.
   *
   * @throws VersionConflict when the stored version differs
   * @throws SlugTaken when the new slug belongs to another article
   */
  default void replace(Article previous, Article next) {
    replace(previous, next, Optional.empty());
  }

  /** {@link #replace(Article, Article)}, keeping the receipt in the same write (see {@link #create(Article, Optional)}). */
  void replace(Article previous, Article next, Optional<RequestReceipt> receipt);

  /**
   * Removes the article and releases every slug it holds, current and former, at once.
   *
   * @throws VersionConflict when the stored version differs from {@code current.version()}
   */
  default void delete(Article current) {
    delete(current, Optional.empty());
  }

  /** {@link #delete(Article)}, keeping the receipt in the same write (see {@link #create(Article, Optional)}). */
  void delete(Article current, Optional<RequestReceipt> receipt);
}
