package dev.gazette.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One message of a fanned-out rebuild: a chunk (scan segment {@code segment} of
 * {@code segments} of the published articles), or, once every chunk is done, the shared pages.
 * As JSON: {@code {"run": "...", "segment": 3, "segments": 1000}} or {@code {"run": "...", "shared": true}}.
 */
public record RebuildMessage(String run, int segment, int segments, boolean shared) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public RebuildMessage {
    if (run == null || run.isBlank() || run.length() > 100 || !run.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("a rebuild message needs a run id of letters, digits, '.', '_' or '-': " + run);
    }
    if (!shared && (segments < 1 || segment < 0 || segment >= segments)) {
      throw new IllegalArgumentException("segment " + segment + " of " + segments + " is not a chunk");
    }
  }

  public static RebuildMessage chunk(String run, int segment, int segments) {
    return new RebuildMessage(run, segment, segments, false);
  }

  public static RebuildMessage sharedPages(String run) {
    return new RebuildMessage(run, 0, 0, true);
  }

  /** The message in a queue's body; a body that is not one is refused with the reason. */
  public static RebuildMessage parse(String body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("a rebuild message is JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject() || !node.path("run").isTextual()) {
      throw new IllegalArgumentException("a rebuild message is an object with a \"run\"");
    }
    if (node.path("shared").asBoolean(false)) {
      return sharedPages(node.get("run").asText());
    }
    if (!node.path("segment").isInt() || !node.path("segments").isInt()) {
      throw new IllegalArgumentException("a rebuild chunk names its \"segment\" and \"segments\"");
    }
    return chunk(node.get("run").asText(), node.get("segment").asInt(), node.get("segments").asInt());
  }

  public String toJson() {
    ObjectNode node = JSON.createObjectNode().put("run", run);
    if (shared) {
      node.put("shared", true);
    } else {
      node.put("segment", segment).put("segments", segments);
    }
    return node.toString();
  }
}
