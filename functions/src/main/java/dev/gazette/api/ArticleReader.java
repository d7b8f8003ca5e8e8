package dev.gazette.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.FieldError;
import dev.gazette.article.InvalidArticle;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a request body into {@link ArticleContent}, saying exactly where bad JSON broke. */
final class ArticleReader {
  private final ObjectMapper json;

  ArticleReader(ObjectMapper json) {
    this.json = json;
  }

  ArticleContent read(String body) {
    if (body.isBlank()) {
      throw ApiProblem.malformed("The request body is empty; send the article as JSON.", List.of());
    }
    ArticleRequest request;
    try {
      request = json.readValue(body, ArticleRequest.class);
    } catch (UnrecognizedPropertyException e) {
      throw ApiProblem.malformed("Unknown field \"" + e.getPropertyName() + "\".",
          List.of(new FieldError(path(e), "is not a field of an article")));
    } catch (JsonParseException e) {
      throw ApiProblem.malformed("Invalid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), List.of());
    } catch (JsonMappingException e) {
      String field = path(e);
      if (field.isEmpty()) {
        throw ApiProblem.malformed("The body must be a JSON object describing an article.", List.of());
      }
      throw ApiProblem.malformed("Field \"" + field + "\" has the wrong type.",
          List.of(new FieldError(field, "has the wrong type")));
    } catch (JsonProcessingException e) {
      throw ApiProblem.malformed("Invalid JSON: " + e.getOriginalMessage(), List.of());
    }
    if (request == null) {
      throw ApiProblem.malformed("The body must be a JSON object describing an article.", List.of());
    }
    return new ArticleContent(request.title(), request.summary(), request.body(), request.author(),
        request.location(), request.topics(), request.status(), instant(request.publishedAt()),
        request.slug());
  }

  private static Instant instant(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidArticle(List.of(new FieldError("publishedAt",
          "must be an ISO-8601 instant such as 2026-11-30T08:00:00Z")));
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null
            ? reference.getFieldName()
            : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }
}
