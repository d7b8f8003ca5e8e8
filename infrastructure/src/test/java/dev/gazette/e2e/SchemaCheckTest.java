package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Object> TOPIC = Map.of(
      "type", "object", "additionalProperties", false, "required", List.of("name", "slug"),
      "properties", Map.of(
          "name", Map.of("type", "string", "minLength", 1, "maxLength", 5),
          "slug", Map.of("type", "string", "pattern", "^[a-z]+$")));
  private static final Map<String, Object> ARTICLE = Map.of(
      "type", "object", "required", List.of("status", "topics"),
      "properties", Map.of(
          "status", Map.of("type", "string", "enum", List.of("draft", "published")),
          "version", Map.of("type", "integer", "minimum", 1),
          "summary", Map.of("type", List.of("string", "null")),
          "updatedAt", Map.of("type", "string", "format", "date-time"),
          "topics", Map.of("type", "array", "minItems", 1, "items", Map.of("$ref", "#/Topic"))));
  private final SchemaCheck check = new SchemaCheck(ref -> ref.equals("#/Topic") ? TOPIC : Map.of());

  private List<String> violations(String json) throws Exception {
    return check.violations(JSON.readTree(json), ARTICLE);
  }

  @Test
  void aValueThatKeepsEveryRulePasses() throws Exception {
    assertThat(violations("""
        {"status": "draft", "version": 2, "summary": null, "updatedAt": "2026-11-30T10:00:00.123Z",
         "topics": [{"name": "Sport", "slug": "sport"}]}""")).isEmpty();
  }

  @Test
  void eachBrokenRuleIsReportedWithWhereItBroke() throws Exception {
    assertThat(violations("""
        {"status": "archived", "version": 0, "summary": 3, "updatedAt": "hier",
         "topics": [{"name": "Économie", "slug": "Eco", "extra": 1}, {"slug": "x"}]}"""))
        .containsExactlyInAnyOrder(
            "$.status: \"archived\" is not one of [draft, published]",
            "$.version: below 1",
            "$.summary: is number, not [string, null]",
            "$.updatedAt: \"hier\" is not a date-time",
            "$.topics[0]: has \"extra\", which the schema does not allow",
            "$.topics[0].name: longer than 5",
            "$.topics[0].slug: \"Eco\" does not match ^[a-z]+$",
            "$.topics[1]: lacks required \"name\"");
  }

  @Test
  void missingRequiredPropertiesAndEmptyArraysAreReported() throws Exception {
    assertThat(violations("{\"topics\": []}"))
        .containsExactlyInAnyOrder("$: lacks required \"status\"", "$.topics: fewer than 1 items");
  }

  @Test
  void aKeywordTheCheckDoesNotKnowIsAnErrorNotAPass() {
    JsonNode anything = JSON.createObjectNode();
    assertThatThrownBy(() -> check.violations(anything, Map.of("oneOf", List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oneOf");
  }
}
