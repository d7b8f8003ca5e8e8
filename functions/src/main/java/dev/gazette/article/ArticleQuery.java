package dev.gazette.article;

/**
 * Which articles an editor lists: optionally one status and one topic, a page size, and where
 * the previous page ended (an opaque cursor, null for the first page).
 */
public record ArticleQuery(Status status, Slug topic, int limit, String cursor) {
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;
}
