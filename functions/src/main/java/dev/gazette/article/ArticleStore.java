package dev.gazette.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table of articles. Every write is conditional: creation on the id and slug being free,
 * replacement and deletion on the version the caller read.
 */
public interface ArticleStore {

  Optional<Article> find(String id);

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

  /** @throws SlugTaken when another article holds the slug */
  void create(Article article);

  /**
   * Stores {@code next} if the stored article still has {@code previous.version()}; claims the
   * new slug when the slug changed, and keeps the former ones claimed so they can redirect.
   *
   * @throws VersionConflict when the stored version differs
   * @throws SlugTaken when the new slug belongs to another article
   */
  void replace(Article previous, Article next);

  /**
   * Removes the article and releases every slug it holds, current and former, at once.
   *
   * @throws VersionConflict when the stored version differs from {@code current.version()}
   */
  void delete(Article current);
}
