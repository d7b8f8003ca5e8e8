package dev.gazette.local.apigateway;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTTP API's CORS configuration, applied as API Gateway does: it answers a preflight itself
 * (no route, no authorizer) and adds the allow headers to every answer for an allowed origin.
 * An origin it does not allow gets no CORS header, so the browser keeps the answer from the page.
 */
public record CorsRules(Set<String> allowOrigins, List<String> allowMethods, Set<String> allowHeaders,
    List<String> exposeHeaders, int maxAgeSeconds) {

  public static CorsRules none() {
    return new CorsRules(Set.of(), List.of(), Set.of(), List.of(), 0);
  }

  /** From a resolved {@code CorsConfiguration} of an {@code AWS::Serverless::HttpApi}. */
  public static CorsRules of(Map<String, Object> configuration) {
    return new CorsRules(
        Set.copyOf(strings(configuration.get("AllowOrigins"))),
        strings(configuration.get("AllowMethods")).stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(),
        strings(configuration.get("AllowHeaders")).stream().map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet()),
        strings(configuration.get("ExposeHeaders")),
        configuration.get("MaxAge") == null ? 0 : Integer.parseInt(String.valueOf(configuration.get("MaxAge"))));
  }

  /** A preflight: OPTIONS with the method the page means to send. */
  static boolean isPreflight(HttpServletRequest request) {
    return request.getMethod().equalsIgnoreCase("OPTIONS")
        && request.getHeader("Origin") != null
        && request.getHeader("Access-Control-Request-Method") != null;
  }

  /** Answers a preflight: 204, with the allow headers when origin, method and headers are all allowed. */
  void answerPreflight(HttpServletRequest request, HttpServletResponse response) {
    String origin = request.getHeader("Origin");
    String method = request.getHeader("Access-Control-Request-Method").toUpperCase(Locale.ROOT);
    String requested = request.getHeader("Access-Control-Request-Headers");
    boolean headersAllowed = requested == null || List.of(requested.split(",")).stream()
        .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
        .allMatch(h -> allowHeaders.contains(h) || allowHeaders.contains("*"));
    if (allows(origin) && (allowMethods.contains(method) || allowMethods.contains("*")) && headersAllowed) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Allow-Methods", String.join(",", allowMethods));
      if (requested != null) {
        response.setHeader("Access-Control-Allow-Headers", requested);
      }
      if (maxAgeSeconds > 0) {
        response.setHeader("Access-Control-Max-Age", String.valueOf(maxAgeSeconds));
      }
    }
    response.setHeader("Vary", "Origin");
    response.setStatus(204);
  }

  /** On an answer to an actual request: the origin and the headers the page may read. */
  void decorate(HttpServletRequest request, HttpServletResponse response) {
    String origin = request.getHeader("Origin");
    if (origin != null && allows(origin)) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      if (!exposeHeaders.isEmpty()) {
        response.setHeader("Access-Control-Expose-Headers", String.join(",", exposeHeaders));
      }
      response.setHeader("Vary", "Origin");
    }
  }

  boolean allows(String origin) {
    return allowOrigins.contains(origin) || allowOrigins.contains("*");
  }

  private static List<String> strings(Object node) {
    return node instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }
}
