package dev.gazette.importer.bulk;

import dev.gazette.importer.ImportedPost;

import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleRules;
import dev.gazette.article.CheckedContent;
import dev.gazette.article.ContentTooLarge;
import dev.gazette.article.InvalidArticle;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An imported post seen by the newsroom's own rules ({@link ArticleRules}, what the API applies):
 * the content it sends, and in words why it is refused. An import keeps no rule of its own.
 */
public final class PostRules {
  private PostRules() {}

  /** The post as the API would receive it, with its lead picture once it is in the library (else null). */
  static ArticleContent content(ImportedPost post, String body, ArticleContent.Image image) {
    // "scheduled" is what the API calls "published" with a publishAt still to come.
    String status = "scheduled".equals(post.status()) ? "published" : post.status();
    return new ArticleContent(post.title(), post.summary(), body, post.author(), post.location(),
        post.topics(), status, text(post.publishedAt()), post.slug(), text(post.publishAt()), image);
  }

  static CheckedContent check(ImportedPost post, String body, ArticleContent.Image image) {
    return ArticleRules.check(content(post, body, image));
  }

  /** Why the post cannot become an article, if it cannot (its pictures aside). */
  public static Optional<String> problem(ImportedPost post) {
    try {
      check(post, post.body(), null);
      return Optional.empty();
    } catch (RuntimeException refused) {
      return Optional.of(reason(refused));
    }
  }

  /** The rules' verdict as the report prints it: each field and what is wrong with it. */
  static String reason(RuntimeException refused) {
    if (refused instanceof InvalidArticle invalid) {
      return invalid.errors().stream().map(error -> error.field() + " " + error.reason())
          .collect(Collectors.joining("; "));
    }
    if (refused instanceof ContentTooLarge) {
      return "body is over " + ArticleRules.MAX_BODY + " characters, the API's limit";
    }
    throw refused;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
