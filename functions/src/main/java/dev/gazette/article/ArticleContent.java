package dev.gazette.article;

import java.util.List;

/**
 * What an editor sends to create or replace an article, exactly as the request's JSON has it
 * (the editor API binds the body straight onto this record): text no rule has checked yet,
 * dates as ISO-8601 text, and nulls for what was not given. {@link ArticleRules} checks it.
 * {@code corrections} null means "as they are": a client that knows nothing of them cannot
 * remove them by leaving them out.
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
    Image image,
    List<Correction> corrections) {

  /** Content that does not name its corrections. */
  public ArticleContent(String title, String summary, String body, String author, String location,
      List<String> topics, String status, String publishedAt, String slug, String publishAt, Image image) {
    this(title, summary, body, author, location, topics, status, publishedAt, slug, publishAt, image, null);
  }

  /** A correction note as sent: {@code at} may be left out of a new one. */
  public record Correction(String at, String kind, String text) {}

  /** The lead picture: a library item, and this article's alt text, caption and credit for it. */
  public record Image(String media, String alt, String caption, String credit) {}
}
