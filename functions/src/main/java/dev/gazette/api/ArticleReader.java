package dev.gazette.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import dev.gazette.article.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a request body into {@link ArticleContent}, bound straight from the JSON, saying exactly
 * where bad JSON broke; the rules check the content afterwards.
 */
final class ArticleReader {
  private final ObjectMapper json;

  ArticleReader(ObjectMapper json) {
    this.json = json;
  }

  ArticleContent read(String body) {
    return content(parse(body));
  }

  /** The content {@code current} has once the JSON merge patch (RFC 7396) is applied to it. */
  ArticleContent readPatched(Article current, String patchBody) {
    JsonNode patch = parse(patchBody);
    if (!patch.isObject()) {
      throw ApiProblem.malformed("A merge patch is a JSON object of the fields to change.", List.of());
    }
    ObjectNode merged = json.valueToTree(editable(current));
    patch.fields().forEachRemaining(field -> {
      if (field.getValue().isNull()) {
        merged.remove(field.getKey());
      } else {
        merged.set(field.getKey(), field.getValue());
      }
    });
    return content(merged);
  }

  private JsonNode parse(String body) {
    if (body.isBlank()) {
      throw ApiProblem.malformed("The request body is empty; send the article as JSON.", List.of());
    }
    try {
      JsonNode tree = json.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw ApiProblem.malformed("The request body is empty; send the article as JSON.", List.of());
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw ApiProblem.malformed(JsonSyntaxErrors.describe(e), List.of());
    }
  }

  private ArticleContent content(JsonNode tree) {
    if (!tree.isObject()) {
      throw ApiProblem.malformed("The body must be a JSON object describing an article.", List.of());
    }
    ArticleContent content;
    try {
      content = json.treeToValue(tree, ArticleContent.class);
    } catch (UnrecognizedPropertyException e) {
      throw ApiProblem.malformed("Unknown field \"" + e.getPropertyName() + "\".",
          List.of(new FieldError(path(e), "is not a field of an article")));
    } catch (JsonMappingException e) {
      String field = path(e);
      if (field.isEmpty()) {
        throw ApiProblem.malformed("The body must be a JSON object describing an article.", List.of());
      }
      throw ApiProblem.malformed("Field \"" + field + "\" has the wrong type.",
          List.of(new FieldError(field, "has the wrong type")));
    } catch (JsonProcessingException e) {
      throw ApiProblem.malformed(JsonSyntaxErrors.describe(e), List.of());
    }
    if (content == null) {
      throw ApiProblem.malformed("The body must be a JSON object describing an article.", List.of());
    }
    return content;
  }

  /** The fields an editor may set, as the article has them now: the base of a merge patch. */
  private static ArticleContent editable(Article article) {
    String status = article.status() == Status.DRAFT ? "draft" : "published";
    return new ArticleContent(article.title(), article.summary(), article.body(), article.author(),
        article.location(), article.topics().stream().map(Topic::name).toList(), status, null,
        article.slug().value(), article.publishAt() == null ? null : article.publishAt().toString());
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null
            ? reference.getFieldName()
            : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }
}
