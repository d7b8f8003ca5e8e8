package dev.gazette.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The editor's side of the picture library, over HTTP as the desk does it: announce a picture to
 * the API, send its bytes to the signed URL it answers (straight to the local S3), wait for the
 * media function to make it ready or failed.
 */
final class Pictures {
  /** Headers java.net.http sets itself and refuses to be given, as a browser does. */
  private static final Set<String> SET_BY_THE_CLIENT = Set.of("content-length", "host");

  private final Newsroom newsroom;

  Pictures(Newsroom newsroom) {
    this.newsroom = newsroom;
  }

  HttpResponse<String> announce(String token, String filename, String contentType, long size) {
    return newsroom.send(newsroom.api("/media").header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(newsroom.json.createObjectNode().put("filename", filename)
            .put("contentType", contentType).put("size", size).toString())));
  }

  /** Announces a picture as the editor and returns the API's answer, failing unless it is a 201. */
  JsonNode announce(String token, String filename, String contentType, byte[] bytes) {
    HttpResponse<String> answer = announce(token, filename, contentType, bytes.length);
    if (answer.statusCode() != 201) {
      throw new AssertionError("could not announce " + filename + ": " + answer.statusCode() + " " + answer.body());
    }
    return newsroom.read(answer);
  }

  /** Sends the bytes with the method, URL and headers the announcement gave. */
  HttpResponse<String> upload(JsonNode announced, byte[] bytes) {
    JsonNode upload = announced.get("upload");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upload.get("url").asText()))
        .method(upload.get("method").asText(), HttpRequest.BodyPublishers.ofByteArray(bytes));
    for (Iterator<Map.Entry<String, JsonNode>> headers = upload.get("headers").fields(); headers.hasNext(); ) {
      Map.Entry<String, JsonNode> header = headers.next();
      if (!SET_BY_THE_CLIENT.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
        request.header(header.getKey(), header.getValue().asText());
      }
    }
    return newsroom.send(request);
  }

  HttpResponse<String> read(String token, String id) {
    return newsroom.send(newsroom.api("/media/" + id).header("Authorization", "Bearer " + token));
  }

  /** Polls the picture until its status is one of {@code statuses}; fails after {@code timeout}. */
  JsonNode await(String token, String id, Set<String> statuses, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode picture;
    do {
      picture = newsroom.read(read(token, id));
      if (statuses.contains(picture.path("status").asText())) {
        return picture;
      }
      sleep();
    } while (System.nanoTime() < deadline);
    throw new AssertionError("picture " + id + " is still " + picture.path("status").asText() + " after " + timeout
        + ": " + picture);
  }

  /** A drawn JPEG of this size, announced, sent, and ready. */
  JsonNode ready(String token, String filename, int width, int height) {
    byte[] jpeg = DrawnPicture.jpeg(width, height);
    JsonNode announced = announce(token, filename, "image/jpeg", jpeg);
    HttpResponse<String> sent = upload(announced, jpeg);
    if (sent.statusCode() != 200) {
      throw new AssertionError("the upload of " + filename + " was refused: " + sent.statusCode() + " " + sent.body());
    }
    JsonNode picture = await(token, announced.get("id").asText(), Set.of("ready", "failed"), Duration.ofSeconds(30));
    if (!picture.get("status").asText().equals("ready")) {
      throw new AssertionError(filename + " did not become ready: " + picture);
    }
    return picture;
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
