package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An answer as a request's receipt keeps it: status, body and the headers that describe the
 * result (ETag, Location, Content-Type). Played again it carries the new request's id and
 * {@code Idempotent-Replayed: true}, so the app can tell, and nothing else differs.
 */
record RecordedAnswer(int status, Map<String, String> headers, String body) {
  static final String REPLAYED = "Idempotent-Replayed";

  static RecordedAnswer of(APIGatewayV2HTTPResponse response) {
    Map<String, String> kept = new HashMap<>(response.getHeaders());
    kept.remove("X-Request-Id");
    return new RecordedAnswer(response.getStatusCode(), kept, response.getBody());
  }

  static RecordedAnswer read(String text, ObjectMapper json) {
    try {
      return json.readValue(text, RecordedAnswer.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text(ObjectMapper json) {
    try {
      return json.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  APIGatewayV2HTTPResponse replayed(String requestId) {
    Map<String, String> replayedHeaders = new HashMap<>(headers);
    replayedHeaders.put("X-Request-Id", requestId);
    replayedHeaders.put(REPLAYED, "true");
    return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(replayedHeaders)
        .withBody(body).build();
  }
}
