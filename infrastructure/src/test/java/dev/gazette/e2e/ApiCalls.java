package dev.gazette.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.apigateway.EditorTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

/**
 * The editor API as the conformance checks call it: a writer (articles:write), a reader (no
 * scope) or nobody (token {@code null}), with or without If-Match and a body of a media type.
 */
final class ApiCalls {
  static final String UNKNOWN_ID = "01kb00000000000000000000zz";

  final String writer;
  final String reader;
  private final LocalCloud cloud;
  private final Newsroom newsroom;
  private final Pictures pictures;
  private final SpecConformance conformance;

  ApiCalls(LocalCloud cloud, SpecConformance conformance) {
    this.cloud = cloud;
    this.conformance = conformance;
    this.newsroom = new Newsroom(cloud);
    this.pictures = new Pictures(newsroom);
    this.writer = cloud.tokens().mint("redaction", "Rédaction", List.of(EditorTokens.WRITE_SCOPE),
        Duration.ofHours(1));
    this.reader = cloud.tokens().mint("lecteur", "Lecteur", List.of(), Duration.ofHours(1));
  }

  ObjectNode article(String title, String status, String... topics) {
    ObjectNode article = newsroom.json.createObjectNode();
    article.put("title", title);
    article.put("body", "Un texte **court** pour vérifier la réponse.");
    article.set("topics", newsroom.json.valueToTree(topics.length == 0 ? List.of("Conformité") : List.of(topics)));
    article.put("status", status);
    return article;
  }

  /** Creates an article as the writer and returns it; its version is 1. */
  JsonNode create(ObjectNode article) {
    Answer created = post(writer, article);
    if (created.status() != 201) {
      throw new AssertionError("could not create an article to call: " + created);
    }
    return json(created);
  }

  /** The path of a new draft: {@code /articles/<id>}. */
  String draftPath(String title) {
    return "/articles/" + create(article(title, "draft")).get("id").asText();
  }

  /** A picture's announcement: what POST /media takes. */
  ObjectNode announcement(String filename, String contentType, long size) {
    return newsroom.json.createObjectNode().put("filename", filename).put("contentType", contentType)
        .put("size", size);
  }

  /** The path of a picture announced by the writer and never sent: {@code /media/<id>}, version 1. */
  String awaitingPicturePath(String filename) {
    Answer announced = send("POST", "/media", writer, null, "application/json",
        announcement(filename, "image/jpeg", 1000).toString());
    if (announced.status() != 201) {
      throw new AssertionError("could not announce a picture to call: " + announced);
    }
    return "/media/" + json(announced).get("id").asText();
  }

  /** A drawn picture announced, sent to its signed URL and made ready by the media function. */
  JsonNode readyPicture(String filename) {
    return pictures.ready(writer, filename, 640, 480);
  }

  /** The URL a picture's bytes go to: the local S3. */
  String s3Endpoint() {
    return cloud.s3Endpoint().toString();
  }

  Answer post(String token, JsonNode article) {
    return send("POST", "/articles", token, null, "application/json", article.toString());
  }

  Answer get(String token, String path) {
    return send("GET", path, token, null, null, null);
  }

  Answer send(String method, String path, String token, String ifMatch, String contentType, String body) {
    return send(method, path, token, ifMatch, contentType, body, null);
  }

  /** A request sent as the writer with an Idempotency-Key (none when null). */
  Answer send(String method, String path, String token, String ifMatch, String contentType, String body,
      String idempotencyKey) {
    HttpRequest.Builder request = newsroom.api(path).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return Answer.of(newsroom.send(request));
  }

  /** A GET whose target java.net.URI would refuse, written on a socket. */
  Answer rawGet(String target) {
    try {
      return Answer.rawGet(cloud.apiUrl(), target, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails unless {@code answer} is one the spec documents for the operation; returns it. */
  Answer conforming(String routeKey, Answer answer) {
    List<String> violations = conformance.violations(routeKey, answer);
    if (!violations.isEmpty()) {
      throw new AssertionError(routeKey + " answered " + answer + ": " + violations);
    }
    return answer;
  }

  JsonNode json(Answer answer) {
    try {
      return newsroom.json.readTree(answer.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + answer, e);
    }
  }

  void awaitPublished() {
    newsroom.awaitPublished();
  }
}
