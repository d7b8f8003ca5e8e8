package dev.gazette.article;

import java.util.List;

/**
 * What an editor sends to create or replace an article, exactly as the request's JSON has it
 * (the editor API binds the body straight onto this record): text no rule has checked yet,
 * dates as ISO-8601 text, and nulls for what was not given. {@link ArticleRules} checks it.
 */
public record ArticleContent(
    String title,
    String summary,
    String body,
    String author,
    String location,
    List<String> topics,
    String status,
    String publishedAt,
    String slug,
    String publishAt,
    Image image) {

  /** The lead picture: a library item, and this article's alt text, caption and credit for it. */
  public record Image(String media, String alt, String caption, String credit) {}
}
