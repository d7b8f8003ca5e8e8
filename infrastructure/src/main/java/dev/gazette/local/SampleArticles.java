package dev.gazette.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample articles shipped in {@code samples/articles.json}, published the way an editor would:
 * one {@code POST /articles} each through the local API with the editor token. Every other one
 * carries a lead picture the project draws ({@link SamplePictures}), sent the way the desk sends
 * one: announced with {@code POST /media}, PUT to the signed URL, waited for until ready.
 */
public final class SampleArticles {

  private static final String RESOURCE = "/samples/articles.json";
  /** The sample site's topic menu (SiteMenu): its topics, the largest first. */
  public static final String MENU = "Économie, Société, Environnement, Diplomatie, Culture, Sport, Technologie";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PICTURE_WAIT = Duration.ofSeconds(30);

  private SampleArticles() {
  }

  /** The samples as JSON objects (title, summary, body, author, location, topics, publishedAt). */
  public static List<Map<String, Object>> read() {
    try (InputStream in = SampleArticles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      return JSON.readValue(in, new TypeReference<List<Map<String, Object>>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /**
   * Posts every sample as a published article; a refused one is reported on {@code out} and skipped.
   *
   * @return how many were created
   */
  public static int publish(URI apiUrl, String editorToken, PrintStream out) {
    List<Map<String, Object>> samples = read();
    HttpClient http = HttpClient.newHttpClient();
    int created = 0;
    for (int index = 0; index < samples.size(); index++) {
      Map<String, Object> sample = samples.get(index);
      Map<String, Object> article = new LinkedHashMap<>(sample);
      article.put("status", "published");
      if (index % 2 == 0) {
        try {
          article.put("image", picture(http, apiUrl, editorToken, index / 2));
        } catch (IOException | IllegalStateException e) {
          out.printf("Sample \"%s\" goes without its picture: %s%n", sample.get("title"), e.getMessage());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(apiUrl.resolve("/articles"))
            .header("Authorization", "Bearer " + editorToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(article)))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 2) {
          created++;
        } else {
          out.printf("Sample \"%s\" was refused: %d %s%n", sample.get("title"), response.statusCode(),
              response.body());
        }
      } catch (IOException e) {
        out.printf("Sample \"%s\" could not be posted: %s%n", sample.get("title"), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    out.printf("Posted %d of %d sample articles.%n", created, samples.size());
    return created;
  }

  /** Draws, uploads and waits for one picture; the article's {@code image} that shows it. */
  private static Map<String, Object> picture(HttpClient http, URI apiUrl, String token, int index)
      throws IOException, InterruptedException {
    byte[] jpeg = SamplePictures.jpeg(index);
    JsonNode announced = JSON.readTree(send(http, HttpRequest.newBuilder(apiUrl.resolve("/media"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of(
            "filename", "illustration-" + (index + 1) + ".jpg", "contentType", "image/jpeg",
            "size", jpeg.length))))));
    HttpRequest.Builder upload = HttpRequest.newBuilder(URI.create(announced.at("/upload/url").asText()))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(jpeg));
    announced.at("/upload/headers").fields().forEachRemaining(header -> {
      if (!header.getKey().equalsIgnoreCase("content-length")) {
        upload.header(header.getKey(), header.getValue().asText());
      }
    });
    send(http, upload);
    String id = announced.get("id").asText();
    long giveUp = System.nanoTime() + PICTURE_WAIT.toNanos();
    while (System.nanoTime() < giveUp) {
      JsonNode media = JSON.readTree(send(http, HttpRequest.newBuilder(apiUrl.resolve("/media/" + id))
          .header("Authorization", "Bearer " + token).GET()));
      switch (media.get("status").asText()) {
        case "ready" -> {
          return Map.of("media", id, "alt", SamplePictures.scene(index).alt(),
              "caption", "Illustration dessinée pour le site d'exemple.", "credit", "Gazette");
        }
        case "failed" -> throw new IllegalStateException(media.path("reason").asText());
        default -> Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the picture was not ready after " + PICTURE_WAIT.toSeconds() + " s");
  }

  private static String send(HttpClient http, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException(response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
