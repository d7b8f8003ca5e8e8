package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The editor API's desk features over HTTP against the local cloud: revisions, restore,
 * corrections and previews, as an editor (and a reader at the CDN) would notice them.
 */
class DeskApiIT {
  private static final String MERGE_PATCH = "application/merge-patch+json";
  private static LocalCloud cloud;
  private static Newsroom newsroom;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-desk-api")));
    newsroom = new Newsroom(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void everySaveMadeByConcurrentEditorsHasItsRevisionAndNoOtherDoes() throws Exception {
    String id = newsroom.create(newsroom.article("Historique disputé", "Texte.", "draft", "Historique"))
        .get("id").asText();
    int editors = 6;
    int attempts = 5;
    Map<Integer, String> savedLocations = new ConcurrentHashMap<>();
    savedLocations.put(1, "Rabat");
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(editors);
    List<Future<Integer>> conflicts = new ArrayList<>();
    for (int editor = 0; editor < editors; editor++) {
      int me = editor;
      conflicts.add(pool.submit(() -> {
        go.await();
        int refused = 0;
        for (int attempt = 0; attempt < attempts; attempt++) {
          String version = newsroom.send(newsroom.authorized("/articles/" + id)).headers().firstValue("ETag").orElseThrow();
          String location = "Ville " + me + "-" + attempt;
          HttpResponse<String> saved = send("PATCH", "/articles/" + id, version, MERGE_PATCH,
              "{\"location\": \"" + location + "\"}");
          if (saved.statusCode() == 200) {
            savedLocations.put(newsroom.read(saved).get("version").asInt(), location);
          } else {
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(412);
            refused++;
          }
        }
        return refused;
      }));
    }
    go.countDown();
    int refused = 0;
    for (Future<Integer> conflict : conflicts) {
      refused += conflict.get();
    }
    pool.shutdown();

    int current = get("/articles/" + id).get("version").asInt();
    List<JsonNode> revisions = allRevisions(id, 4);
    assertThat(savedLocations).hasSize(current);
    assertThat(current - 1 + refused).as("every save either made a version or was refused").isEqualTo(editors * attempts);
    assertThat(revisions.stream().map(revision -> revision.get("version").asInt()).toList())
        .as("one revision per saved version, newest first, none missing")
        .containsExactlyElementsOf(java.util.stream.IntStream.iterate(current, v -> v >= 1, v -> v - 1).boxed().toList());
    for (int version = 1; version <= current; version++) {
      assertThat(get("/articles/" + id + "/revisions/" + version).get("location").asText())
          .as("version " + version + " holds what its save sent").isEqualTo(savedLocations.get(version));
    }
    assertThat(revisions.get(0).get("summary").asText()).isEqualTo("Lieu modifié");
    assertThat(revisions.get(0).get("by").get("sub").asText()).isNotBlank();
  }

  @Test
  void restoreNeedsTheCurrentVersionAndMakesANewOneWithTheOldContent() {
    JsonNode created = newsroom.create(newsroom.article("Première version", "Le texte d’origine.", "published", "Historique"));
    String id = created.get("id").asText();
    assertThat(send("PATCH", "/articles/" + id, "\"1\"", MERGE_PATCH,
        "{\"title\": \"Deuxième version\", \"body\": \"Un texte réécrit.\"}").statusCode()).isEqualTo(200);

    assertThat(send("POST", "/articles/" + id + "/revisions/1/restore", null, null, null).statusCode())
        .as("without If-Match").isEqualTo(428);
    assertThat(send("POST", "/articles/" + id + "/revisions/1/restore", "\"1\"", null, null).statusCode())
        .as("with a stale If-Match").isEqualTo(412);
    assertThat(get("/articles/" + id).get("version").asInt()).as("nothing was changed").isEqualTo(2);

    HttpResponse<String> restored = send("POST", "/articles/" + id + "/revisions/1/restore", "\"2\"", null, null);
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    JsonNode article = newsroom.read(restored);
    assertThat(article.get("version").asInt()).isEqualTo(3);
    assertThat(article.get("title").asText()).isEqualTo("Première version");
    assertThat(article.get("body").asText()).isEqualTo("Le texte d’origine.");
    assertThat(article.get("status").asText()).isEqualTo("published");
    assertThat(allRevisions(id, 20).get(0).get("summary").asText()).isEqualTo("Titre, Texte modifiés");

    newsroom.awaitPublished();
    String page = newsroom.read("/articles/" + article.get("slug").asText() + "/").body();
    assertThat(page).contains("<h1>Première version</h1>").contains("Mis à jour le");
  }

  @Test
  void aPublishedArticlesCorrectionIsShownAndCannotBeRemovedOrChanged() {
    JsonNode created = newsroom.create(newsroom.article("Budget voté", "Le budget est voté.", "published", "Économie"));
    String id = created.get("id").asText();
    HttpResponse<String> corrected = send("PATCH", "/articles/" + id, "\"1\"", MERGE_PATCH,
        "{\"corrections\": [{\"kind\": \"correction\", \"text\": \"Le vote a eu lieu mardi, non lundi.\"}]}");
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    JsonNode note = newsroom.read(corrected).get("corrections").get(0);
    assertThat(note.get("at").asText()).as("stamped by the API").isNotBlank();

    HttpResponse<String> removed = send("PATCH", "/articles/" + id, "\"2\"", MERGE_PATCH, "{\"corrections\": []}");
    assertThat(removed.statusCode()).isEqualTo(409);
    assertThat(removed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(newsroom.read(removed).get("errors").get(0).get("field").asText()).isEqualTo("corrections");
    ObjectNode changed = note.deepCopy();
    changed.put("text", "Le vote a eu lieu lundi.");
    HttpResponse<String> rewritten = send("PATCH", "/articles/" + id, "\"2\"", MERGE_PATCH,
        "{\"corrections\": [" + changed + "]}");
    assertThat(rewritten.statusCode()).isEqualTo(409);
    assertThat(newsroom.read(rewritten).get("errors").get(0).get("field").asText()).isEqualTo("corrections[0]");
    ObjectNode replacement = newsroom.article("Budget voté", "Le budget est voté mardi.", "published", "Économie");
    HttpResponse<String> replaced = newsroom.put(id, "\"2\"", replacement);
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(newsroom.read(replaced).get("corrections")).as("a PUT that does not name them keeps them").hasSize(1);

    newsroom.awaitPublished();
    String slug = created.get("slug").asText();
    String page = newsroom.read("/articles/" + slug + "/").body();
    assertThat(page).contains("Rectificatif du ").contains("Le vote a eu lieu mardi, non lundi.")
        .contains("Mis à jour le").contains("CorrectionComment");
    JsonNode json = newsroom.read(newsroom.read("/articles/" + slug + ".json"));
    assertThat(json.get("corrections").get(0).get("kind").asText()).isEqualTo("correction");
  }

  @Test
  void aPreviewRendersThePageAndWritesNothingToTheBucket() {
    JsonNode published = newsroom.create(newsroom.article("Article en ligne", "Le texte publié.", "published", "Aperçus"));
    newsroom.awaitPublished();
    Map<String, String> before = objects();

    HttpResponse<String> draft = send("POST", "/articles/preview", null, "application/json",
        "{\"title\": \"Un brouillon\", \"body\": \"Un **aperçu**.\", \"topics\": [\"Aperçus\"]}");
    HttpResponse<String> change = send("POST", "/articles/preview", null, "application/json",
        newsroom.article("Article en ligne, retitré", "Le texte changé.", "draft", "Aperçus")
            .put("id", published.get("id").asText()).toString());
    newsroom.awaitPublished();

    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
    assertThat(draft.body()).contains("<strong>aperçu</strong>").contains("content=\"noindex\"");
    assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
    assertThat(change.body()).contains("<h1>Article en ligne, retitré</h1>")
        .contains("/articles/" + published.get("slug").asText() + "/");
    assertThat(objects()).as("the bucket, key by key and byte for byte").isEqualTo(before);
    assertThat(get("/articles/" + published.get("id").asText()).get("title").asText()).isEqualTo("Article en ligne");
  }

  private static List<JsonNode> allRevisions(String id, int limit) {
    List<JsonNode> revisions = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = get("/articles/" + id + "/revisions?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("items").forEach(revisions::add);
      cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
    } while (cursor != null);
    return revisions;
  }

  private static Map<String, String> objects() {
    Map<String, String> etags = new HashMap<>();
    for (S3Object object : cloud.s3Client().listObjectsV2Paginator(list -> list.bucket(cloud.bucketName())).contents()) {
      etags.put(object.key(), object.eTag());
    }
    return etags;
  }

  private static JsonNode get(String path) {
    HttpResponse<String> response = newsroom.send(newsroom.authorized(path));
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return newsroom.read(response);
  }

  private static HttpResponse<String> send(String method, String path, String ifMatch, String type, String body) {
    HttpRequest.Builder request = newsroom.authorized(path).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (type != null) {
      request.header("Content-Type", type);
    }
    return newsroom.send(request);
  }
}
