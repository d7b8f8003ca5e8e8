package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Builds the API's JSON responses with the headers every answer carries. */
final class Responses {
  static final String JSON = "application/json";

  private Responses() {}

  static APIGatewayV2HTTPResponse json(int status, String mediaType, Object body,
      ObjectMapper mapper, String requestId, Map<String, String> extraHeaders) {
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("Content-Type", mediaType + "; charset=utf-8");
    headers.put("Cache-Control", "no-store");
    headers.put("X-Request-Id", requestId);
    try {
      return APIGatewayV2HTTPResponse.builder()
          .withStatusCode(status)
          .withHeaders(headers)
          .withBody(mapper.writeValueAsString(body))
          .build();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static APIGatewayV2HTTPResponse noContent(String requestId) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(204)
        .withHeaders(Map.of("X-Request-Id", requestId, "Cache-Control", "no-store"))
        .build();
  }
}
