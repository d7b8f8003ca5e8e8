package dev.gazette.importer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One post as an archive gives it, before it becomes an article: the fields of the API's
 * {@code ArticleInput}, plus what only an import knows. Every source (a WordPress export, a JSONL
 * file) is read into these, and one bulk path writes them, so both behave alike.
 *
 * @param sourceId the post's id in its source (WordPress's post id, a JSONL line's
 *     {@code sourceId}): the article's id is derived from it, so importing twice changes nothing
 * @param body Markdown; pictures from the archive stay written {@code ![alt](<source url> "caption")}
 *     until the import has them in the media library, see {@link #pictures}
 * @param status {@code published}, {@code draft} or {@code scheduled} (with {@link #publishAt})
 * @param publishedAt when it was first published (null for a draft)
 * @param picture the lead picture, or null
 * @param pictures the pictures the body shows, each by the URL the body writes
 * @param oldPaths the site-relative addresses it had (a path, or a path and query such as
 *     {@code /?p=123}), each to answer 301 to its new address
 */
public record ImportedPost(
    String sourceId,
    String title,
    String summary,
    String body,
    String author,
    String location,
    List<String> topics,
    String status,
    Instant publishedAt,
    Instant publishAt,
    String slug,
    ImportedPicture picture,
    List<ImportedPicture> pictures,
    List<String> oldPaths) {

  public ImportedPost {
    Objects.requireNonNull(sourceId, "sourceId");
    topics = List.copyOf(topics);
    pictures = List.copyOf(pictures);
    oldPaths = List.copyOf(oldPaths);
  }
}
