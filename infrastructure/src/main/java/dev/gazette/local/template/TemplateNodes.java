package dev.gazette.local.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to the untyped maps and lists SnakeYAML gives for a template. */
public final class TemplateNodes {

  private TemplateNodes() {
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Map<String, Object>> mapOfMaps(Object node) {
    Map<String, Map<String, Object>> result = new LinkedHashMap<>();
    map(node).forEach((key, value) -> result.put(key, map(value)));
    return result;
  }

  public static List<?> list(Object node) {
    return node instanceof List<?> list ? list : List.of();
  }

  /** Follows a path of keys through nested maps; an empty map where one is missing. */
  public static Map<String, Object> path(Map<String, Object> root, String... keys) {
    Map<String, Object> node = root;
    for (String key : keys) {
      node = map(node.get(key));
    }
    return node;
  }

  public static <V> Map<String, V> withoutNulls(Map<String, V> map) {
    Map<String, V> result = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      if (value != null) {
        result.put(key, value);
      }
    });
    return result;
  }
}
