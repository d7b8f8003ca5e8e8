package dev.gazette.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.local.LocalCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** An editor and a reader of the local cloud, speaking HTTP to the API and to the CDN. */
final class Newsroom {
  final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final LocalCloud cloud;

  Newsroom(LocalCloud cloud) {
    this.cloud = cloud;
  }

  ObjectNode article(String title, String body, String status, String... topics) {
    ObjectNode article = json.createObjectNode();
    article.put("title", title);
    article.put("body", body);
    article.put("location", "Rabat");
    article.put("author", "Nadia Belkacem");
    article.set("topics", json.valueToTree(List.of(topics)));
    article.put("status", status);
    return article;
  }

  HttpResponse<String> post(JsonNode article) {
    return send(api("/articles").header("Authorization", "Bearer " + cloud.editorToken())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(article.toString())));
  }

  /** Posts an article and returns the API's answer as JSON, failing unless it was created. */
  JsonNode create(JsonNode article) {
    HttpResponse<String> response = post(article);
    if (response.statusCode() != 201) {
      throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.body());
    }
    return read(response);
  }

  /** A request to the API with the editor token. */
  HttpRequest.Builder authorized(String path) {
    return api(path).header("Authorization", "Bearer " + cloud.editorToken());
  }

  HttpResponse<String> put(String id, String ifMatch, JsonNode article) {
    HttpRequest.Builder request = api("/articles/" + id)
        .header("Authorization", "Bearer " + cloud.editorToken())
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(article.toString()));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  HttpResponse<String> delete(String id, String ifMatch) {
    return send(api("/articles/" + id).header("Authorization", "Bearer " + cloud.editorToken())
        .header("If-Match", ifMatch).DELETE());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder api(String path) {
    return HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path));
  }

  /** What a reader gets from the CDN at this path. */
  HttpResponse<String> read(String path) {
    return send(HttpRequest.newBuilder(URI.create(cloud.cdnUrl() + path)));
  }

  JsonNode read(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void awaitPublished() {
    try {
      cloud.awaitPublished();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
