package dev.gazette.local.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An event-filtering pattern of an event source mapping (EventBridge syntax): literals, {@code prefix},
 * {@code suffix}, {@code anything-but}, {@code exists}, {@code numeric} and {@code equals-ignore-case}.
 */
public final class EventPattern {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode pattern;

  private EventPattern(JsonNode pattern) {
    this.pattern = pattern;
  }

  public static EventPattern parse(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("A filter pattern must be a JSON object: " + json);
      }
      return new EventPattern(node);
    } catch (IOException e) {
      throw new UncheckedIOException("Invalid filter pattern " + json, e);
    }
  }

  /** @param event the record in the shape the function receives (eventName, dynamodb.Keys.pk.S, …) */
  public boolean matches(Map<String, Object> event) {
    return matchesObject(pattern, JSON.valueToTree(event));
  }

  private static boolean matchesObject(JsonNode pattern, JsonNode event) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = event == null ? null : event.get(field.getKey());
      JsonNode expected = field.getValue();
      boolean matched = expected.isObject()
          ? value != null && value.isObject() && matchesObject(expected, value)
          : anyRuleMatches(expected, value);
      if (!matched) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyRuleMatches(JsonNode rules, JsonNode value) {
    List<JsonNode> values = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(values::add);
    } else {
      values.add(value);
    }
    for (JsonNode rule : rules.isArray() ? rules : JSON.createArrayNode().add(rules)) {
      for (JsonNode candidate : values) {
        if (ruleMatches(rule, candidate)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean ruleMatches(JsonNode rule, JsonNode value) {
    if (!rule.isObject()) {
      return value != null && (rule.isNull() ? value.isNull() : rule.asText().equals(value.asText())
          && rule.getNodeType() == value.getNodeType());
    }
    Map.Entry<String, JsonNode> operator = rule.fields().next();
    JsonNode argument = operator.getValue();
    return switch (operator.getKey()) {
      case "exists" -> argument.asBoolean() == (value != null);
      case "prefix" -> isText(value) && value.asText().startsWith(argument.asText());
      case "suffix" -> isText(value) && value.asText().endsWith(argument.asText());
      case "equals-ignore-case" -> isText(value) && value.asText().equalsIgnoreCase(argument.asText());
      case "anything-but" -> value != null && !(argument.isObject()
          ? ruleMatches(argument, value) : anyRuleMatches(argument, value));
      case "numeric" -> value != null && numericMatches(argument, value.asText());
      default -> throw new IllegalArgumentException("Filter operator " + operator.getKey()
          + " is not supported by the local stream poller");
    };
  }

  private static boolean numericMatches(JsonNode conditions, String text) {
    double number;
    try {
      number = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return false;
    }
    for (int i = 0; i + 1 < conditions.size(); i += 2) {
      double bound = conditions.get(i + 1).asDouble();
      boolean holds = switch (conditions.get(i).asText()) {
        case "=" -> number == bound;
        case "<" -> number < bound;
        case "<=" -> number <= bound;
        case ">" -> number > bound;
        case ">=" -> number >= bound;
        default -> false;
      };
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  private static boolean isText(JsonNode value) {
    return value != null && value.getNodeType() == JsonNodeType.STRING;
  }
}
