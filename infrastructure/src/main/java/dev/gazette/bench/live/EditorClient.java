package dev.gazette.bench.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An editor posting published articles to the local editor API, as the desk does. */
final class EditorClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI api;
  private final String token;

  /** The API's answer to one POST: the article's slug and when the answer arrived (nanoTime). */
  record Posted(String slug, long answeredNanos) {}

  EditorClient(URI api, String token) {
    this.api = api;
    this.token = token;
  }

  Posted publish(String title, String topic) {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("title", title);
    article.put("body", "Le conseil municipal a voté le projet mardi soir.\n\n"
        + "Les travaux commenceront au printemps et dureront deux ans.");
    article.put("location", "Rabat");
    article.put("author", "La rédaction");
    article.put("topics", List.of(topic));
    article.put("status", "published");
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve("/articles"))
          .header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(article)))
          .build(), HttpResponse.BodyHandlers.ofString());
      long answered = System.nanoTime();
      if (response.statusCode() != 201) {
        throw new IllegalStateException("POST /articles answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode created = JSON.readTree(response.body());
      return new Posted(created.get("slug").asText(), answered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting", e);
    }
  }
}
