package dev.gazette.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.aws.EmulatorProcesses;
import dev.gazette.local.http.FreePort;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code ./gazette up} while it publishes, then a restart on the same data:
 * one dynoxide serves the database, and every article the API accepted before the kill is published.
 */
class KillNineRestartIT {
  private static final Duration START = Duration.ofSeconds(60);
  // A Publisher killed mid-render holds page leases for 30 s (PageWriter.LEASE): the restart waits them out.
  private static final Duration PUBLISHED = Duration.ofSeconds(50);
  private static final int ARTICLES = 6;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aCloudKilledWhilePublishingRestartsWithOneEmulatorAndPublishesEveryAcceptedArticle(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("data");
    Path database = data.resolve("dynamodb.sqlite");
    List<String> slugs = new ArrayList<>();
    try {
      try (LocalCloudProcess first = LocalCloudProcess.start(data, FreePort.pick(), FreePort.pick(),
          dir.resolve("first.log"), START)) {
        String token = Files.readString(data.resolve("editor.jwt")).trim();
        for (int i = 1; i <= ARTICLES; i++) {
          slugs.add(post(first, token, "Reprise après une panne, épisode " + i));
        }
        first.kill();
      }

      try (LocalCloudProcess second = LocalCloudProcess.start(data, FreePort.pick(), FreePort.pick(),
          dir.resolve("second.log"), START)) {
        assertThat(EmulatorProcesses.serving(database)).as("dynoxide processes of " + database).hasSize(1);
        for (String slug : slugs) {
          assertThat(awaitPage(second, "/articles/" + slug + "/")).as(slug + "\n" + second.output()).isEqualTo(200);
        }
      }
      assertThat(EmulatorProcesses.serving(database)).as("after a clean stop").isEmpty();
    } finally {
      EmulatorProcesses.serving(database).forEach(ProcessHandle::destroyForcibly);
    }
  }

  private String post(LocalCloudProcess cloud, String token, String title) throws Exception {
    String article = json.writeValueAsString(Map.of("title", title, "body", "Le service a **repris**.",
        "location", "Rabat", "topics", List.of("Essais"), "status", "published"));
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(cloud.apiUrl().resolve("/articles"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("slug").asText();
  }

  private int awaitPage(LocalCloudProcess cloud, String path) throws Exception {
    long deadline = System.nanoTime() + PUBLISHED.toNanos();
    int status;
    do {
      status = http.send(HttpRequest.newBuilder(cloud.cdnUrl().resolve(path)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status == 200) {
        return status;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    return status;
  }
}
