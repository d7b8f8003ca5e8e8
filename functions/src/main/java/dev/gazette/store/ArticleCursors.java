package dev.gazette.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.FieldError;
import dev.gazette.article.InvalidQuery;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns DynamoDB's "where this page ended" keys into opaque cursors and back. A cursor from
 * outside is checked before use: it must name exactly the listing's key attributes and stay in
 * the listing's partition, so a forged cursor can neither fail the query nor read elsewhere.
 */
final class ArticleCursors {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FieldError INVALID = new FieldError("cursor",
      "is not a cursor from a previous page of this listing");

  private ArticleCursors() {}

  static String encode(Map<String, AttributeValue> lastKey) {
    if (lastKey == null || lastKey.isEmpty()) {
      return null;
    }
    Map<String, String> plain = new HashMap<>();
    lastKey.forEach((name, value) -> plain.put(name, value.s()));
    try {
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(JSON.writeValueAsBytes(plain));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The start key for a page, or null for the first; {@code partitionName} must equal {@code partition}. */
  static Map<String, AttributeValue> decode(String cursor, Set<String> keyNames,
      String partitionName, String partition) {
    if (cursor == null) {
      return null;
    }
    Map<String, String> plain;
    try {
      plain = JSON.readValue(Base64.getUrlDecoder().decode(cursor),
          new TypeReference<Map<String, String>>() {});
    } catch (IllegalArgumentException | IOException e) {
      throw new InvalidQuery(List.of(INVALID));
    }
    if (plain == null || !plain.keySet().equals(keyNames)
        || plain.values().stream().anyMatch(value -> value == null || value.isEmpty())
        || !partition.equals(plain.get(partitionName))) {
      throw new InvalidQuery(List.of(INVALID));
    }
    Map<String, AttributeValue> key = new HashMap<>();
    plain.forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
    return key;
  }
}
