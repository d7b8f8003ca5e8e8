package dev.gazette.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that openapi.yaml uses, checked
 * against a JSON value. A keyword it does not know is an error rather than a pass, so the spec
 * cannot grow a rule that nothing checks.
 */
final class SchemaCheck {
  static final Set<String> KEYWORDS = Set.of("$ref", "type", "required", "properties",
      "additionalProperties", "items", "enum", "minLength", "maxLength", "pattern", "minimum",
      "maximum", "minItems", "maxItems", "format");
  static final Set<String> ANNOTATIONS = Set.of("description", "title", "default", "example",
      "examples", "deprecated", "readOnly", "writeOnly");

  private final Function<String, Map<String, Object>> references;

  /** {@code references} finds the schema a {@code $ref} such as "#/components/schemas/Article" names. */
  SchemaCheck(Function<String, Map<String, Object>> references) {
    this.references = references;
  }

  /** Every way {@code value} breaks {@code schema}, each as "where: what"; empty when it conforms. */
  List<String> violations(JsonNode value, Map<String, Object> schema) {
    List<String> found = new ArrayList<>();
    check(value, schema, "$", found);
    return found;
  }

  private void check(JsonNode value, Map<String, Object> schema, String at, List<String> found) {
    for (String keyword : schema.keySet()) {
      if (!KEYWORDS.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
        throw new IllegalArgumentException("The schema check does not know \"" + keyword + "\" (at " + at + ")");
      }
    }
    if (schema.containsKey("$ref")) {
      check(value, references.apply((String) schema.get("$ref")), at, found);
    }
    if (schema.containsKey("type") && !hasType(value, schema.get("type"))) {
      found.add(at + ": is " + value.getNodeType().name().toLowerCase() + ", not " + schema.get("type"));
      return;
    }
    if (schema.containsKey("enum") && !((List<?>) schema.get("enum")).contains(scalar(value))) {
      found.add(at + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (value.isTextual()) {
      text(value.asText(), schema, at, found);
    }
    if (value.isNumber()) {
      number(value, schema, at, found);
    }
    if (value.isArray()) {
      array(value, schema, at, found);
    }
    if (value.isObject()) {
      object(value, schema, at, found);
    }
  }

  private void text(String text, Map<String, Object> schema, String at, List<String> found) {
    int length = text.codePointCount(0, text.length());
    if (schema.containsKey("minLength") && length < number(schema, "minLength")) {
      found.add(at + ": shorter than " + schema.get("minLength"));
    }
    if (schema.containsKey("maxLength") && length > number(schema, "maxLength")) {
      found.add(at + ": longer than " + schema.get("maxLength"));
    }
    if (schema.containsKey("pattern") && !Pattern.compile((String) schema.get("pattern")).matcher(text).find()) {
      found.add(at + ": \"" + abbreviated(text) + "\" does not match " + schema.get("pattern"));
    }
    if (schema.containsKey("format") && !hasFormat(text, (String) schema.get("format"))) {
      found.add(at + ": \"" + abbreviated(text) + "\" is not a " + schema.get("format"));
    }
  }

  private static void number(JsonNode value, Map<String, Object> schema, String at, List<String> found) {
    if (schema.containsKey("minimum") && value.asDouble() < number(schema, "minimum")) {
      found.add(at + ": below " + schema.get("minimum"));
    }
    if (schema.containsKey("maximum") && value.asDouble() > number(schema, "maximum")) {
      found.add(at + ": above " + schema.get("maximum"));
    }
  }

  @SuppressWarnings("unchecked")
  private void array(JsonNode value, Map<String, Object> schema, String at, List<String> found) {
    if (schema.containsKey("minItems") && value.size() < number(schema, "minItems")) {
      found.add(at + ": fewer than " + schema.get("minItems") + " items");
    }
    if (schema.containsKey("maxItems") && value.size() > number(schema, "maxItems")) {
      found.add(at + ": more than " + schema.get("maxItems") + " items");
    }
    if (schema.containsKey("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), (Map<String, Object>) schema.get("items"), at + "[" + i + "]", found);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void object(JsonNode value, Map<String, Object> schema, String at, List<String> found) {
    for (Object name : (Collection<Object>) schema.getOrDefault("required", List.of())) {
      if (!value.has((String) name)) {
        found.add(at + ": lacks required \"" + name + "\"");
      }
    }
    Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    Object additional = schema.getOrDefault("additionalProperties", true);
    value.fieldNames().forEachRemaining(name -> {
      String where = at + "." + name;
      if (properties.containsKey(name)) {
        check(value.get(name), (Map<String, Object>) properties.get(name), where, found);
      } else if (Boolean.FALSE.equals(additional)) {
        found.add(at + ": has \"" + name + "\", which the schema does not allow");
      } else if (additional instanceof Map<?, ?> other) {
        check(value.get(name), (Map<String, Object>) other, where, found);
      }
    });
  }

  private static boolean hasType(JsonNode value, Object type) {
    if (type instanceof List<?> types) {
      return types.stream().anyMatch(one -> hasType(value, one));
    }
    return switch ((String) type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("Unknown JSON Schema type " + type);
    };
  }

  private static boolean hasFormat(String text, String format) {
    return switch (format) {
      case "date-time" -> {
        try {
          OffsetDateTime.parse(text);
          yield true;
        } catch (DateTimeParseException e) {
          yield false;
        }
      }
      case "uri" -> {
        try {
          yield new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
          yield false;
        }
      }
      default -> throw new IllegalArgumentException("The schema check does not know format " + format);
    };
  }

  private static Object scalar(JsonNode value) {
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isIntegralNumber()) {
      return value.asInt();
    }
    return value.isBoolean() ? value.asBoolean() : value.toString();
  }

  private static double number(Map<String, Object> schema, String keyword) {
    return ((Number) schema.get(keyword)).doubleValue();
  }

  private static String abbreviated(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
