package dev.gazette.local.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RFC 9457 problem document the API stand-in answers with when it, not a function, refuses a
 * request: the same shape as the handler's ({@code urn:gazette:problem:<kind>}, the request id).
 */
final class ProblemJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemJson() {
  }

  static void send(HttpServletResponse response, int status, String kind, String title, String detail,
      String requestId) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:gazette:problem:" + kind);
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("requestId", requestId);
    byte[] body = JSON.writeValueAsBytes(problem);
    response.setStatus(status);
    response.setHeader("Content-Type", "application/problem+json");
    response.setHeader("X-Request-Id", requestId);
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }
}
