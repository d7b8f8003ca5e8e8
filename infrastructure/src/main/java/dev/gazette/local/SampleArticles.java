package dev.gazette.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample articles shipped in {@code samples/articles.json}, published the way an editor would:
 * one {@code POST /articles} each through the local API with the editor token.
 */
public final class SampleArticles {

  private static final String RESOURCE = "/samples/articles.json";
  private static final ObjectMapper JSON = new ObjectMapper();

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
    for (Map<String, Object> sample : samples) {
      Map<String, Object> article = new LinkedHashMap<>(sample);
      article.put("status", "published");
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
}
