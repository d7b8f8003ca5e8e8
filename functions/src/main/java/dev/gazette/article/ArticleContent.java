package dev.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * What an editor sends to create or replace an article, before any rule is checked. Nulls mean
 * "not given".
 */
public record ArticleContent(
    String title,
    String summary,
    String body,
    String author,
    String location,
    List<String> topics,
    String status,
    Instant publishedAt,
    String slug,
    Instant publishAt) {

  /** Content without a scheduled publication. */
  public ArticleContent(String title, String summary, String body, String author, String location,
      List<String> topics, String status, Instant publishedAt, String slug) {
    this(title, summary, body, author, location, topics, status, publishedAt, slug, null);
  }
}
