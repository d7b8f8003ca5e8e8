package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.handlers.ScheduledPublishingHandler;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.local.lambda.LocalContext;
import dev.gazette.local.lambda.LocalEndpoints;
import dev.gazette.local.lambda.LocalFunction;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor API's operations over HTTP against the local cloud. */
class EditorApiIT {
  private static LocalCloud cloud;
  private static Newsroom newsroom;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-api")));
    newsroom = new Newsroom(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
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

  @Test
  void listingsPageThroughEachStatusAndTopicNewestFirst() {
    List<String> drafts = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      drafts.add(newsroom.create(newsroom.article("Brouillon de liste " + i, "Texte.", "draft", "Listes")).get("id").asText());
    }
    newsroom.create(newsroom.article("Article publié de liste", "Texte.", "published", "Listes"));

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = get("/articles?status=draft&topic=listes&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.get("articles").size()).isLessThanOrEqualTo(2);
      page.get("articles").forEach(article -> {
        assertThat(article.get("status").asText()).isEqualTo("draft");
        seen.add(article.get("id").asText());
      });
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    List<String> newestFirst = new ArrayList<>(drafts);
    java.util.Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);

    JsonNode byStatus = get("/articles?status=draft&limit=100");
    assertThat(byStatus.get("articles").findValuesAsText("id")).containsAll(drafts);
    JsonNode everything = get("/articles?limit=100");
    assertThat(everything.get("articles").findValuesAsText("title")).contains("Article publié de liste", "Brouillon de liste 3");
    assertThat(send("GET", "/articles?status=archived", null, null, null).statusCode()).isEqualTo(400);
    assertThat(send("GET", "/articles?limit=0", null, null, null).statusCode()).isEqualTo(400);
    assertThat(send("GET", "/articles?cursor=eyJwayI6IkFSVElDTEUjeCJ9", null, null, null).statusCode()).isEqualTo(400);
  }

  @Test
  void aPatchChangesOnlyTheFieldsItNamesAndPublishingMovesTheArticleOnTheSite() {
    JsonNode draft = newsroom.create(newsroom.article("Le tramway de Rabat s’allonge", "Deux stations de plus.", "draft", "Transport"));
    String id = draft.get("id").asText();
    HttpResponse<String> patched = send("PATCH", "/articles/" + id, "\"1\"", "application/merge-patch+json",
        "{\"summary\": \"La ligne 2 gagne deux stations.\", \"location\": null}");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    JsonNode after = newsroom.read(patched);
    assertThat(after.get("summary").asText()).isEqualTo("La ligne 2 gagne deux stations.");
    assertThat(after.has("location")).isFalse();
    assertThat(after.get("title").asText()).isEqualTo("Le tramway de Rabat s’allonge");
    assertThat(after.get("version").asLong()).isEqualTo(2);

    assertThat(send("POST", "/articles/" + id + "/publish", "\"2\"", null, null).statusCode()).isEqualTo(200);
    newsroom.awaitPublished();
    assertThat(newsroom.read("/articles/" + draft.get("slug").asText() + "/").statusCode()).isEqualTo(200);
    assertThat(send("POST", "/articles/" + id + "/unpublish", "\"2\"", null, null).statusCode()).isEqualTo(412);
    assertThat(send("POST", "/articles/" + id + "/unpublish", "\"3\"", null, null).statusCode()).isEqualTo(200);
    newsroom.awaitPublished();
    assertThat(newsroom.read("/articles/" + draft.get("slug").asText() + "/").statusCode()).isEqualTo(404);
  }

  @Test
  void aScheduledArticleWaitsForItsTimeThenIsPublished() throws Exception {
    ObjectNode article = newsroom.article("Le budget sera présenté à midi", "Texte.", "published", "Économie");
    article.put("publishAt", Instant.now().plusSeconds(2).toString());
    JsonNode scheduled = newsroom.create(article);
    assertThat(scheduled.get("status").asText()).isEqualTo("scheduled");
    newsroom.awaitPublished();
    String page = "/articles/" + scheduled.get("slug").asText() + "/";
    assertThat(newsroom.read(page).statusCode()).isEqualTo(404);

    Thread.sleep(2_500);
    var function = cloud.stack().function("ScheduledPublishingFunction");
    int published = new ScheduledPublishingHandler(LocalFunction.environment(function,
        LocalEndpoints.of(cloud.dynamoDbEndpoint(), cloud.s3Endpoint()))).handleRequest(null,
        LocalContext.forInvocation(function));
    assertThat(published).isGreaterThanOrEqualTo(1);
    newsroom.awaitPublished();
    assertThat(newsroom.read(page).statusCode()).isEqualTo(200);
    assertThat(get("/articles/" + scheduled.get("id").asText()).get("status").asText()).isEqualTo("published");
  }

  @Test
  void twoEditorsSavingTheSameVersionAtOnceCannotBothWin() throws Exception {
    JsonNode created = newsroom.create(newsroom.article("Article disputé", "Version initiale.", "draft", "Société"));
    String id = created.get("id").asText();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> saves = new ArrayList<>();
    for (String body : List.of("Version d’Alice.", "Version de Bruno.")) {
      ObjectNode edit = newsroom.article("Article disputé", body, "draft", "Société");
      saves.add(pool.submit(() -> {
        start.await();
        return newsroom.put(id, "\"1\"", edit).statusCode();
      }));
    }
    start.countDown();
    Set<Integer> statuses = new HashSet<>();
    for (Future<Integer> save : saves) {
      statuses.add(save.get());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    assertThat(get("/articles/" + id).get("version").asLong()).isEqualTo(2);
  }

  @Test
  void theAuthorOfRecordComesFromTheTokenUnlessItMayActForOthers() {
    String reporter = cloud.tokens().mint("reporter", "Samir Haddad", List.of("articles:write"),
        Duration.ofMinutes(5));
    ObjectNode signedByOther = newsroom.article("Tribune signée par un autre", "Texte.", "draft", "Société");
    signedByOther.put("author", "Quelqu’un d’autre");
    assertThat(postAs(reporter, signedByOther).statusCode()).isEqualTo(403);

    ObjectNode unsigned = newsroom.article("Tribune sans signature", "Texte.", "draft", "Société");
    unsigned.remove("author");
    HttpResponse<String> own = postAs(reporter, unsigned);
    assertThat(own.statusCode()).isEqualTo(201);
    assertThat(newsroom.read(own).get("author").asText()).isEqualTo("Samir Haddad");

    // The local editor token is a desk chief's: it may sign for others.
    assertThat(newsroom.create(signedByOther).get("author").asText()).isEqualTo("Quelqu’un d’autre");
  }

  private static HttpResponse<String> postAs(String token, JsonNode article) {
    return newsroom.send(newsroom.api("/articles").header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(article.toString())));
  }

  @Test
  void topicsAreListedWithTheirPublishedCounts() {
    newsroom.create(newsroom.article("Un article d’astronomie", "Texte.", "published", "Astronomie"));
    newsroom.create(newsroom.article("Un autre article d’astronomie", "Texte.", "published", "Astronomie"));
    newsroom.create(newsroom.article("Un brouillon d’astronomie", "Texte.", "draft", "Astronomie"));
    newsroom.awaitPublished();
    JsonNode topics = get("/topics").get("topics");
    JsonNode astronomy = null;
    for (JsonNode topic : topics) {
      if (topic.get("slug").asText().equals("astronomie")) {
        astronomy = topic;
      }
    }
    assertThat(astronomy).isNotNull();
    assertThat(astronomy.get("name").asText()).isEqualTo("Astronomie");
    assertThat(astronomy.get("articles").asLong()).isEqualTo(2);
  }

  @Test
  void aBodyOverTheDocumentedSizeIs413() {
    HttpResponse<String> response = newsroom.post(newsroom.article("Trop long", "x".repeat(100_001), "draft", "Société"));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }
}
