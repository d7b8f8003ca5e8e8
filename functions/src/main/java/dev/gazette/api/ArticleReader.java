package dev.gazette.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;

/**
 * Turns a request body into {@link ArticleContent}, bound straight from the JSON, saying exactly
 * where bad JSON broke; the rules check the content afterwards.
 */
final class ArticleReader {
  private static final JsonBodies.Subject ARTICLE = new JsonBodies.Subject("the article", "an article");
  private final JsonBodies bodies;

  ArticleReader(JsonBodies bodies) {
    this.bodies = bodies;
  }

  ArticleContent read(String body) {
    return bodies.bind(bodies.tree(body, ARTICLE), ArticleContent.class, ARTICLE);
  }

  /** The content {@code current} has once the JSON merge patch (RFC 7396) is applied to it. */
  ArticleContent readPatched(Article current, String patchBody) {
    JsonNode merged = bodies.patched(editable(current), bodies.tree(patchBody, ARTICLE));
    return bodies.bind(merged, ArticleContent.class, ARTICLE);
  }

  /** The fields an editor may set, as the article has them now: the base of a merge patch. */
  private static ArticleContent editable(Article article) {
    String status = article.status() == Status.DRAFT ? "draft" : "published";
    return new ArticleContent(article.title(), article.summary(), article.body(), article.author(),
        article.location(), article.topics().stream().map(Topic::name).toList(), status, null,
        article.slug().value(), article.publishAt() == null ? null : article.publishAt().toString(),
        article.image() == null ? null : new ArticleContent.Image(article.image().mediaId(),
            article.image().alt(), article.image().caption(), article.image().credit()));
  }
}
