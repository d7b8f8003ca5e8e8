package dev.gazette.local.apigateway;

import dev.gazette.local.template.HttpRoute;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a request to a route the way API Gateway HTTP APIs do: literal segments beat
 * {@code {param}} segments, which beat a greedy {@code {proxy+}}; an exact method beats ANY.
 */
final class ApiRoutes<T> {

  /** A route that matched, with its target and the decoded path parameters. */
  record Match<T>(HttpRoute route, T target, Map<String, String> pathParameters) {
  }

  private record Entry<T>(HttpRoute route, List<String> segments, T target) {
  }

  private final List<Entry<T>> entries = new ArrayList<>();

  void add(HttpRoute route, T target) {
    entries.add(new Entry<>(route, segments(route.path()), target));
    entries.sort(Comparator.comparing((Entry<T> e) -> specificity(e.segments())).reversed()
        .thenComparing(e -> e.route().method().equals("ANY")));
  }

  Optional<Match<T>> match(String method, String rawPath) {
    List<String> path = segments(rawPath);
    for (Entry<T> entry : entries) {
      String routeMethod = entry.route().method();
      if (!routeMethod.equals("ANY") && !routeMethod.equals(method)) {
        continue;
      }
      Map<String, String> parameters = parameters(entry.segments(), path);
      if (parameters != null) {
        return Optional.of(new Match<>(entry.route(), entry.target(), parameters));
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> parameters(List<String> template, List<String> path) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String segment = template.get(i);
      if (segment.startsWith("{") && segment.endsWith("+}")) {
        if (i >= path.size()) {
          return null;
        }
        parameters.put(segment.substring(1, segment.length() - 2),
            decode(String.join("/", path.subList(i, path.size()))));
        return parameters;
      }
      if (i >= path.size()) {
        return null;
      }
      if (segment.startsWith("{") && segment.endsWith("}")) {
        parameters.put(segment.substring(1, segment.length() - 1), decode(path.get(i)));
      } else if (!segment.equals(path.get(i))) {
        return null;
      }
    }
    return template.size() == path.size() ? parameters : null;
  }

  // Ranks literal segments over parameters over greedy parameters, position by position.
  private static String specificity(List<String> segments) {
    StringBuilder rank = new StringBuilder();
    for (String segment : segments) {
      rank.append(segment.endsWith("+}") ? '0' : segment.startsWith("{") ? '1' : '2');
    }
    return rank.toString();
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /** Percent-decodes a path, keeping "+" as it is (only a query turns it into a space). */
  static String decode(String value) {
    return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
