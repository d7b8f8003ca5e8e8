package dev.gazette.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.FieldError;
import dev.gazette.article.InvalidArticle;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import java.util.List;

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

  /** A preview's body: an article's content, and the {@code id} of the stored article it changes, if any. */
  Preview readPreview(String body) {
    JsonNode tree = bodies.tree(body, ARTICLE);
    String id = null;
    if (tree.isObject() && tree.has("id")) {
      JsonNode given = ((ObjectNode) tree).remove("id");
      if (!given.isTextual() || given.asText().isEmpty()) {
        throw new InvalidArticle(List.of(new FieldError("id", "must be the id of a stored article, as text")));
      }
      id = given.asText();
    }
    return new Preview(id, bodies.bind(tree, ArticleContent.class, ARTICLE));
  }

  /** What a preview asks to see: {@code content} over the stored article {@code id} (null: a new one). */
  record Preview(String id, ArticleContent content) {}

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
            article.image().alt(), article.image().caption(), article.image().credit()),
        article.corrections().stream().map(note -> new ArticleContent.Correction(note.at().toString(),
            note.kind().wireName(), note.text())).toList());
  }
}
