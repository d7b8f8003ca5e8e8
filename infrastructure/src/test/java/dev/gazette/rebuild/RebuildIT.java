package dev.gazette.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.RebuildProgress;
import dev.gazette.store.DynamoRebuildProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./gazette rebuild against the local cloud: new bytes everywhere, nothing rewritten twice, resumable. */
class RebuildIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static LocalCloud cloud;
  private static Path data;

  @BeforeAll
  static void publishASmallSite() throws Exception {
    data = Files.createTempDirectory("gazette-rebuild");
    cloud = LocalCloud.start(LocalCloudOptions.forTests(data));
    for (String title : List.of("Le port de Tanger s'agrandit", "Fès restaure sa médina", "Agadir accueille un sommet")) {
      HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/articles"))
          .header("Authorization", "Bearer " + cloud.editorToken()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"" + title + "\", \"body\": \"Texte.\", "
              + "\"topics\": [\"Économie\", \"Société\"], \"status\": \"published\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
    cloud.awaitPublished();
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static String page(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.cdnUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static PublishCounters rebuild(String siteName, Path checkpoint) throws Exception {
    return rebuild(siteName, checkpoint, false);
  }

  private static PublishCounters rebuild(String siteName, Path checkpoint, boolean force) throws Exception {
    Map<String, String> env = new HashMap<>(RebuildCommand.localEnvironment(data));
    env.put("SITE_NAME", siteName);
    PublishCounters counters = new PublishCounters();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    new RebuildRun(env, counters, new PrintStream(progress, true, StandardCharsets.UTF_8), force)
        .run(checkpoint, 3);
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("segment", "rendering the home page");
    return counters;
  }

  @Test
  void aRebuildRewritesEveryChangedPageAndASecondOneWritesNothing(@TempDir Path dir) throws Exception {
    PublishCounters first = rebuild("La Gazette du Soir", dir.resolve("checkpoint.json"));
    assertThat(first.written()).isGreaterThan(10);
    assertThat(page("/")).contains("La Gazette du Soir");
    assertThat(page("/articles/fes-restaure-sa-medina/")).contains("La Gazette du Soir");
    assertThat(page("/topics/economie/")).contains("La Gazette du Soir");
    assertThat(dir.resolve("checkpoint.json")).as("a finished run leaves no checkpoint").doesNotExist();

    PublishCounters second = rebuild("La Gazette du Soir", dir.resolve("checkpoint.json"));
    assertThat(second.written()).isZero();
    // Every file the first wrote is rendered again and found unchanged. (How many times a search
    // file shared by articles of two segments is rendered depends on which segment waits.)
    assertThat(second.skipped()).isGreaterThanOrEqualTo(first.written());
  }

  @Test
  void anInterruptedRebuildResumesWithoutRenderingDoneSegmentsAgain(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("checkpoint.json");
    RebuildCheckpoint interrupted = RebuildCheckpoint.load(file, 3);
    for (int segment = 0; segment < 3; segment++) {
      interrupted.pageDone(segment, Map.of(), List.of("economie", "societe"), 1);
    }
    rebuild("Gazette du Matin", file);
    assertThat(page("/")).contains("Gazette du Matin");
    assertThat(page("/topics/societe/")).contains("Gazette du Matin");
    assertThat(page("/articles/agadir-accueille-un-sommet/")).doesNotContain("Gazette du Matin");
  }

  @Test
  void aForcedRebuildRestoresPagesDeletedFromTheBucketByHand(@TempDir Path dir) throws Exception {
    rebuild("Gazette Forcée", dir.resolve("checkpoint.json"));
    cloud.s3Client().deleteObject(request -> request.bucket(cloud.bucketName()).key("topics/societe/index.html"));

    rebuild("Gazette Forcée", dir.resolve("checkpoint.json"));
    assertThat(status("/topics/societe/")).as("the ledger still says it is there").isEqualTo(404);

    PublishCounters forced = rebuild("Gazette Forcée", dir.resolve("checkpoint.json"), true);
    assertThat(status("/topics/societe/")).isEqualTo(200);
    assertThat(forced.skipped()).isZero();
  }

  @Test
  void aRebuildFannedOutOnTheLocalCloudsQueueRendersEveryArticleThroughTheRebuildFunction() throws Exception {
    RebuildCommand.main(new String[] {"--data", data.toString(), "--chunks", "3", "--run", "local-it"});

    RebuildProgress.Status status = new DynamoRebuildProgress(cloud.dynamoDbClient(), cloud.tableName())
        .status("local-it");
    assertThat(status.finished()).as("the shared pages were written").isTrue();
    assertThat(status.done()).isEqualTo(3);
    assertThat(status.articles()).isEqualTo(3);
    assertThat(page("/topics/economie/")).contains("fes-restaure-sa-medina");
  }

  @Test
  void aFanOutWithoutChunksIsRefusedBeforeAnythingIsQueued() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RebuildCommand.main(
        new String[] {"--data", data.toString(), "--chunks", "0"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 chunk");
  }

  private static int status(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.cdnUrl() + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
