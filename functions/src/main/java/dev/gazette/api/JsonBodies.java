package dev.gazette.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies onto request records with the API's strict settings, turning every
 * way a body can be wrong into a 400 that says where: bad syntax (with line and column), an
 * unknown field, a value of the wrong type. Merge patches (RFC 7396) are applied here too.
 */
final class JsonBodies {
  /** What a body describes, as errors name it: "the article" / "an article". */
  record Subject(String definite, String indefinite) {}

  private final ObjectMapper json;

  JsonBodies(ObjectMapper json) {
    this.json = json;
  }

  ObjectMapper json() {
    return json;
  }

  /** The body as a JSON tree of any shape. */
  JsonNode tree(String body, Subject subject) {
    String empty = "The request body is empty; send " + subject.definite() + " as JSON.";
    if (body == null || body.isBlank()) {
      throw ApiProblem.malformed(empty, List.of());
    }
    try {
      JsonNode tree = json.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw ApiProblem.malformed(empty, List.of());
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw ApiProblem.malformed(JsonSyntaxErrors.describe(e), List.of());
    }
  }

  /** {@code base} with the patch applied: named fields replaced, {@code null} ones removed. */
  ObjectNode patched(Object base, JsonNode patch) {
    if (!patch.isObject()) {
      throw ApiProblem.malformed("A merge patch is a JSON object of the fields to change.", List.of());
    }
    ObjectNode merged = json.valueToTree(base);
    patch.fields().forEachRemaining(field -> {
      if (field.getValue().isNull()) {
        merged.remove(field.getKey());
      } else {
        merged.set(field.getKey(), field.getValue());
      }
    });
    return merged;
  }

  <T> T bind(JsonNode tree, Class<T> type, Subject subject) {
    String notAnObject = "The body must be a JSON object describing " + subject.indefinite() + ".";
    if (!tree.isObject()) {
      throw ApiProblem.malformed(notAnObject, List.of());
    }
    T value;
    try {
      value = json.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      throw ApiProblem.malformed("Unknown field \"" + e.getPropertyName() + "\".",
          List.of(new FieldError(path(e), "is not a field of " + subject.indefinite())));
    } catch (JsonMappingException e) {
      String field = path(e);
      if (field.isEmpty()) {
        throw ApiProblem.malformed(notAnObject, List.of());
      }
      throw ApiProblem.malformed("Field \"" + field + "\" has the wrong type.",
          List.of(new FieldError(field, "has the wrong type")));
    } catch (JsonProcessingException e) {
      throw ApiProblem.malformed(JsonSyntaxErrors.describe(e), List.of());
    }
    if (value == null) {
      throw ApiProblem.malformed(notAnObject, List.of());
    }
    return value;
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null
            ? reference.getFieldName()
            : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }
}
