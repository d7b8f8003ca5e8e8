package dev.gazette.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The RFC 9457 problem document the stand-ins answer with when they, not a function, refuse a request. */
final class ProblemJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemJson() {
  }

  static void send(HttpExchange exchange, int status, String title, String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    byte[] body = JSON.writeValueAsBytes(problem);
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
