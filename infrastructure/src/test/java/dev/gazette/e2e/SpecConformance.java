package dev.gazette.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an HTTP answer is one openapi.yaml promises for an operation: a listed status, the
 * required headers with valid values, a documented media type and a body its schema accepts.
 * Problem documents must also repeat the status and the X-Request-Id header.
 */
final class SpecConformance {
  static final String PROBLEM = "application/problem+json";

  private final OpenApiDocument spec;
  private final SchemaCheck schemas;
  private final ObjectMapper json = new ObjectMapper();

  SpecConformance(OpenApiDocument spec) {
    this.spec = spec;
    this.schemas = spec.schemaCheck();
  }

  /** How {@code response} to an operation (e.g. "PUT /articles/{id}") departs from the spec. */
  List<String> violations(String routeKey, HttpResponse<String> response) {
    return violations(routeKey, Answer.of(response));
  }

  List<String> violations(String routeKey, Answer answer) {
    int status = answer.status();
    HttpHeaders headers = answer.headers();
    String responseBody = answer.body();
    List<String> found = new ArrayList<>();
    Optional<Map<String, Object>> documented = spec.response(routeKey, status);
    if (documented.isEmpty()) {
      found.add(routeKey + " does not document status " + status + " (body " + responseBody + ")");
      return found;
    }
    spec.headers(documented.get()).forEach((name, header) -> {
      Optional<String> value = headers.firstValue(name);
      if (value.isEmpty()) {
        if (Boolean.TRUE.equals(header.get("required"))) {
          found.add("header " + name + " is missing");
        }
        return;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> schema = (Map<String, Object>) header.get("schema");
      schemas.violations(TextNode.valueOf(value.get()), schema)
          .forEach(violation -> found.add("header " + name + violation.substring(1)));
    });
    if (spec.mediaTypes(documented.get()).isEmpty()) {
      if (!responseBody.isEmpty()) {
        found.add("status " + status + " documents no body, but one came: " + responseBody);
      }
      return found;
    }
    String mediaType = mediaType(headers);
    Optional<Map<String, Object>> schema = spec.bodySchema(documented.get(), mediaType);
    if (schema.isEmpty()) {
      found.add("status " + status + " documents " + spec.mediaTypes(documented.get())
          + ", not \"" + mediaType + "\"");
      return found;
    }
    JsonNode body;
    if (mediaType.startsWith("text/")) {
      // A page (a preview) is text: its schema says it is a string.
      body = TextNode.valueOf(responseBody);
    } else {
      try {
        body = json.readTree(responseBody);
      } catch (IOException e) {
        found.add("the body is not JSON: " + responseBody);
        return found;
      }
    }
    found.addAll(schemas.violations(body, schema.get()));
    if (mediaType.equals(PROBLEM)) {
      found.addAll(problemEchoes(status, headers, body));
    }
    return found;
  }

  /** How a problem answer with no operation behind it (an unknown route) departs from the Problem schema. */
  List<String> problemViolations(HttpResponse<String> response) {
    List<String> found = new ArrayList<>();
    if (!mediaType(response.headers()).equals(PROBLEM)) {
      found.add("Content-Type is \"" + response.headers().firstValue("Content-Type").orElse("")
          + "\", not " + PROBLEM);
      return found;
    }
    JsonNode body;
    try {
      body = json.readTree(response.body());
    } catch (IOException e) {
      found.add("the body is not JSON: " + response.body());
      return found;
    }
    found.addAll(schemas.violations(body, spec.reference("#/components/schemas/Problem")));
    found.addAll(problemEchoes(response.statusCode(), response.headers(), body));
    return found;
  }

  private static List<String> problemEchoes(int status, HttpHeaders headers, JsonNode problem) {
    List<String> found = new ArrayList<>();
    if (problem.path("status").asInt() != status) {
      found.add("the problem says status " + problem.path("status") + " but the answer is " + status);
    }
    Optional<String> requestId = headers.firstValue("X-Request-Id");
    if (requestId.isEmpty() || !requestId.get().equals(problem.path("requestId").asText())) {
      found.add("the problem's requestId " + problem.path("requestId")
          + " is not the X-Request-Id header " + requestId.orElse("(missing)"));
    }
    return found;
  }

  private static String mediaType(HttpHeaders headers) {
    return headers.firstValue("Content-Type").orElse("")
        .split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }
}
