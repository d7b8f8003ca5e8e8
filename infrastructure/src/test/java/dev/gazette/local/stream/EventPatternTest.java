package dev.gazette.local.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventPatternTest {

  private static final String ARTICLES_ONLY = "{\"dynamodb\": {\"Keys\": {\"pk\": {\"S\": [{\"prefix\": \"ARTICLE#\"}]}}}}";

  @Test
  void aPrefixOnTheKeyKeepsArticlesAndDropsLists() {
    EventPattern pattern = EventPattern.parse(ARTICLES_ONLY);
    assertThat(pattern.matches(record("INSERT", "ARTICLE#01"))).isTrue();
    assertThat(pattern.matches(record("INSERT", "LIST#home"))).isFalse();
    assertThat(pattern.matches(Map.of("eventName", "INSERT"))).isFalse();
  }

  @Test
  void literalsAnythingButAndExistsCombineLikeEventBridge() {
    assertThat(EventPattern.parse("{\"eventName\": [\"INSERT\", \"MODIFY\"]}").matches(record("REMOVE", "A"))).isFalse();
    assertThat(EventPattern.parse("{\"eventName\": [\"INSERT\", \"MODIFY\"]}").matches(record("MODIFY", "A"))).isTrue();
    assertThat(EventPattern.parse("{\"eventName\": [{\"anything-but\": \"REMOVE\"}]}").matches(record("REMOVE", "A"))).isFalse();
    assertThat(EventPattern.parse("{\"eventName\": [{\"anything-but\": [\"REMOVE\"]}]}").matches(record("INSERT", "A"))).isTrue();
    assertThat(EventPattern.parse("{\"dynamodb\": {\"NewImage\": [{\"exists\": false}]}}").matches(record("INSERT", "A"))).isTrue();
    assertThat(EventPattern.parse("{\"dynamodb\": {\"Keys\": [{\"exists\": true}]}}").matches(record("INSERT", "A"))).isTrue();
  }

  @Test
  void numericRangesCompareNumbers() {
    EventPattern pattern = EventPattern.parse("{\"dynamodb\": {\"Keys\": {\"n\": {\"N\": [{\"numeric\": [\">\", 0, \"<=\", 5]}]}}}}");
    assertThat(pattern.matches(Map.of("dynamodb", Map.of("Keys", Map.of("n", Map.of("N", "5")))))).isTrue();
    assertThat(pattern.matches(Map.of("dynamodb", Map.of("Keys", Map.of("n", Map.of("N", "6")))))).isFalse();
  }

  private static Map<String, Object> record(String eventName, String pk) {
    return Map.of("eventName", eventName, "dynamodb", Map.of("Keys", Map.of("pk", Map.of("S", pk))));
  }
}
