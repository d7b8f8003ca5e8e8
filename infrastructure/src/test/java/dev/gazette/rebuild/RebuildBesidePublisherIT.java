package dev.gazette.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.publish.PageId;
import dev.gazette.publish.PageStore;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.PublisherParts;
import dev.gazette.render.RenderedFile;
import dev.gazette.site.Site;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A rebuild and the Publisher at the same time on the same article: the editor's edit lands
 * after the rebuild read the article and before it wrote the page. The rebuild holds the page's
 * lease, so the Publisher takes a newer ticket and waits; the rebuild, finding that ticket when
 * it gives the lease back, renders the page again from the edited article. The edit's bytes win.
 */
class RebuildBesidePublisherIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE_KEY = "articles/le-port-de-tanger-s-agrandit/index.html";
  private static final String DESCRIPTION = "<meta name=\"description\" content=\"";
  private static LocalCloud cloud;
  private static Path data;
  private static JsonNode tanger;

  @BeforeAll
  static void publishASmallSite() throws Exception {
    data = Files.createTempDirectory("gazette-rebuild-beside");
    cloud = LocalCloud.start(LocalCloudOptions.forTests(data));
    for (String title : List.of("Le port de Tanger s'agrandit", "Fès restaure sa médina")) {
      JsonNode created = send("POST", "/articles", null, "{\"title\": \"" + title + "\", \"body\": \"Texte d'origine.\", "
          + "\"topics\": [\"Économie\"], \"status\": \"published\"}");
      if (title.startsWith("Le port")) {
        tanger = created;
      }
    }
    cloud.awaitPublished();
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void anEditPublishedWhileTheRebuildRendersTheSameArticleWins(@TempDir Path dir) throws Exception {
    String id = tanger.get("id").asText();
    Map<String, String> env = new HashMap<>(RebuildCommand.localEnvironment(data));
    env.put("SITE_NAME", "La Gazette Reconstruite");
    RebuildRun.Over over = RebuildRun.Over.tables(cloud.dynamoDbClient(), cloud.s3Client(), env.get("TABLE_NAME"),
        env.get("SEARCH_TABLE_NAME"), env.get("BUCKET_NAME"), Site.from(env), new PublishCounters());
    PublisherParts parts = over.parts();
    AtomicBoolean edited = new AtomicBoolean();
    List<String> written = new CopyOnWriteArrayList<>();
    PageStore editFirst = new PageStore() {
      @Override
      public void put(RenderedFile file) {
        if (file.key().equals(PAGE_KEY)) {
          written.add(new String(file.bytes(), StandardCharsets.UTF_8));
          if (edited.compareAndSet(false, true)) {
            // The rebuild rendered the article as it was; the editor's edit comes now.
            editAndAwaitThePublishersTicket(id);
          }
        }
        parts.pages().put(file);
      }

      @Override
      public void delete(String key) {
        parts.pages().delete(key);
      }
    };
    RebuildRun.Over racing = new RebuildRun.Over(new PublisherParts(parts.articles(), parts.media(), parts.lists(),
        parts.related(), parts.ledger(), editFirst, parts.invalidations(), parts.renderers(), parts.parallel(),
        parts.clock(), parts.counters(), parts.search(), parts.redirects()), over.scan());

    new RebuildRun(racing, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false)
        .run(dir.resolve("checkpoint.json"), 2);
    cloud.awaitPublished();

    assertThat(edited).as("the edit came while the rebuild held the page").isTrue();
    // The article's own text is its description; "origine" may still show in a related excerpt.
    assertThat(written.get(0)).as("what the rebuild had rendered first").contains(DESCRIPTION + "Texte d")
        .doesNotContain("Le quai nord");
    String page = cloud.s3Client().getObjectAsBytes(request -> request.bucket(cloud.bucketName()).key(PAGE_KEY))
        .asUtf8String();
    assertThat(page).contains(DESCRIPTION + "Le quai nord ouvre en juin.", "La Gazette Reconstruite")
        .doesNotContain(DESCRIPTION + "Texte d");
  }

  private static void editAndAwaitThePublishersTicket(String id) {
    try {
      long before = ticket(id);
      send("PATCH", "/articles/" + id, "\"" + tanger.get("version").asInt() + "\"",
          "{\"body\": \"Le quai nord ouvre en juin.\"}");
      Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
      while (ticket(id) <= before) {
        assertThat(Instant.now()).as("the Publisher took a ticket for the edit").isBefore(giveUp);
        Thread.sleep(50);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static long ticket(String id) {
    Map<String, AttributeValue> item = cloud.dynamoDbClient().getItem(request -> request
        .tableName(cloud.tableName()).consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS("PAGE#" + new PageId.Article(id).encode()),
            "sk", AttributeValue.fromS("PAGE")))).item();
    return item.containsKey("ticket") ? Long.parseLong(item.get("ticket").n()) : 0;
  }

  private static JsonNode send(String method, String path, String ifMatch, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path))
        .header("Authorization", "Bearer " + cloud.editorToken())
        .header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
    return JSON.readTree(response.body());
  }
}
