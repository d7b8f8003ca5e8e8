package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.e2e.DrawnPicture;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.rebuild.FanOutRebuild;
import dev.gazette.store.DynamoRebuildProgress;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every SDK call the functions make is allowed by their roles in template.yaml, and the roles
 * allow nothing else. The calls are recorded (IamCallRecorder) while the local cloud, started
 * from the template, goes through every route, the stream, the schedule, a picture's upload
 * events and a rebuild fanned out over the rebuild queue; the platform's own needs (logs, the stream, the failure queues) come from the
 * function's template entry.
 */
class FunctionPoliciesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static LocalCloud cloud;
  private static final DeployedTemplate TEMPLATE = new DeployedTemplate();

  @BeforeAll
  static void runTheNewsroomThroughEveryRouteTheStreamTheScheduleAndAPicturesEvents() throws Exception {
    IamCallRecorder.forget();
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-iam")));
    // The draft first: the Publisher is warm when the article below, seconds from 48 hours, comes.
    JsonNode draft = send("POST", "/articles", null, article("Un brouillon", "draft", null));
    cloud.awaitPublished();
    // The only article of the news sitemap passes 48 hours: the schedule removes the file and
    // rewrites the sitemap index.
    agingPastFortyEightHours("Publié il y a deux jours");
    JsonNode published = send("POST", "/articles", null, article("Le tramway de Rabat s'étend", "published", null));
    String id = published.get("id").asText();
    send("POST", "/articles", null, article("Publié dans une minute", "published", Instant.now().plusSeconds(1)));
    send("GET", "/articles/" + id, null, null);
    send("PUT", "/articles/" + id, "\"1\"", article("Le tramway de Rabat s'étend vers Salé", "published", null));
    send("PATCH", "/articles/" + id, "\"2\"", "{\"summary\": \"Vingt minutes d'une rive à l'autre.\", "
        + "\"slug\": \"tramway-rabat-sale\"}");
    // The unpublish waits for the rename's redirect, and the republish for its removal: in one
    // batch with the next change, the store's writes would go unexercised. (The creation and the
    // rename may share a batch: the unpublish must still take the redirect down.)
    awaitKeyValueStore("PutKey");
    send("POST", "/articles/" + id + "/unpublish", "\"3\"", null);
    awaitKeyValueStore("DeleteKey");
    send("POST", "/articles/" + id + "/publish", "\"4\"", null);
    send("GET", "/articles?status=published&topic=transport&limit=5", null, null);
    send("GET", "/articles?status=draft", null, null);
    send("GET", "/articles", null, null);
    send("GET", "/topics", null, null);
    pictures();
    send("DELETE", "/articles/" + draft.get("id").asText(), "\"1\"", null);
    cloud.awaitPublished();
    send("DELETE", "/articles/" + id, "\"5\"", null);
    Thread.sleep(1_500);
    cloud.runSchedules();
    cloud.awaitPublished();
    // One of several passes 48 hours: the schedule rewrites the news sitemap without it.
    agingPastFortyEightHours("Publié avant-hier");
    rebuildFannedOut();
  }

  /**
   * ./gazette rebuild --aws --chunks 2 --force against the local cloud: the rebuild function's
   * calls, over a site with a renamed article (its old JSON goes) and an article the index lost
   * (indexed again, as after an import).
   */
  private static void rebuildFannedOut() throws Exception {
    JsonNode renamed = send("POST", "/articles", null, article("Le port de Tanger s'agrandit", "published", null));
    cloud.awaitPublished();
    send("PATCH", "/articles/" + renamed.get("id").asText(), "\"1\"", "{\"slug\": \"port-de-tanger\"}");
    cloud.awaitPublished();
    cloud.dynamoDbClient().deleteItem(request -> request.tableName(cloud.tableName("SearchIndexTable"))
        .key(Map.of("pk", AttributeValue.fromS("SEARCH#" + renamed.get("id").asText()),
            "sk", AttributeValue.fromS("INDEXED"))));
    FanOutRebuild rebuild = new FanOutRebuild(new DynamoRebuildProgress(cloud.dynamoDbClient(), cloud.tableName()),
        cloud.sqsClient(), cloud.queueUrl("RebuildQueue"), new PrintStream(OutputStream.nullOutputStream()));
    rebuild.start("policies", 2, true);
    rebuild.await("policies", Duration.ofMinutes(2));
  }

  /** Waits until the Publisher has called the redirect store's {@code action}. */
  private static void awaitKeyValueStore(String action) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(60);
    while (cloud.keyValueStores().calls().stream().noneMatch(call -> call[0].equals(action))) {
      assertThat(Instant.now()).as("the Publisher calls " + action).isBefore(giveUp);
      Thread.sleep(100);
    }
    cloud.awaitPublished();
  }

  /**
   * An article published 48 hours ago less a few seconds, listed in the news sitemap by the
   * Publisher, then the schedule run once it has passed 48 hours: no long wait.
   */
  private static void agingPastFortyEightHours(String title) throws Exception {
    Instant passes = Instant.now().plusSeconds(4);
    Instant publishedAt = passes.minus(java.time.Duration.ofHours(48));
    send("POST", "/articles", null, article(title, "published", null)
        .replace("}", ", \"publishedAt\": \"" + publishedAt + "\"}"));
    cloud.awaitPublished();
    String news = cloud.s3Client().getObjectAsBytes(get -> get.bucket(cloud.bucketName())
        .key("sitemap-news.xml")).asUtf8String();
    assertThat(news).as("the Publisher listed it before it passed 48 hours").contains(title);
    Thread.sleep(Math.max(0, java.time.Duration.between(Instant.now(), passes).toMillis() + 500));
    cloud.runSchedules();
  }

  /**
   * A picture announced (the API presigns a PutObject), sent and made ready (the media function on
   * its S3 event), listed, refocused (the API copies the upload onto itself: a new event), shown by
   * a published article (the Publisher keeps its uses); another announced, then deleted.
   */
  private static void pictures() throws Exception {
    byte[] jpeg = DrawnPicture.jpeg(800, 600);
    JsonNode announced = send("POST", "/media", null,
        "{\"filename\": \"tram.jpg\", \"contentType\": \"image/jpeg\", \"size\": " + jpeg.length + "}");
    String id = announced.get("id").asText();
    upload(announced, jpeg);
    cloud.awaitPublished();
    send("GET", "/media?limit=5", null, null);
    JsonNode ready = send("GET", "/media/" + id, null, null);
    assertThat(ready.get("status").asText()).as(ready.toString()).isEqualTo("ready");
    send("PATCH", "/media/" + id, "\"" + ready.get("version").asInt() + "\"",
        "{\"alt\": \"Le tramway sur le pont\", \"focus\": {\"x\": 0.3, \"y\": 0.6}}");
    cloud.awaitPublished();
    send("POST", "/articles", null, "{\"title\": \"Le tramway en images\", \"body\": \"Texte.\", "
        + "\"topics\": [\"Transport\"], \"status\": \"published\", \"image\": {\"media\": \"" + id + "\"}}");
    cloud.awaitPublished();
    JsonNode unused = send("POST", "/media", null,
        "{\"filename\": \"doublon.jpg\", \"contentType\": \"image/jpeg\", \"size\": 1000}");
    send("DELETE", "/media/" + unused.get("id").asText(), "\"1\"", null);
  }

  /** The bytes sent as a browser sends them, with the slot's headers (the length is set by the client). */
  private static void upload(JsonNode announced, byte[] bytes) throws Exception {
    HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(announced.at("/upload/url").asText()))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
    announced.get("upload").get("headers").fields().forEachRemaining(header -> {
      if (!header.getKey().equalsIgnoreCase("content-length")) {
        put.header(header.getKey(), header.getValue().asText());
      }
    });
    HttpResponse<String> response = HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("the upload: " + response.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static String article(String title, String status, Instant publishAt) {
    return "{\"title\": \"" + title + "\", \"body\": \"Texte.\", \"location\": \"Rabat\", "
        + "\"topics\": [\"Transport\", \"Société\"], \"status\": \"" + status + "\""
        + (publishAt == null ? "" : ", \"publishAt\": \"" + publishAt + "\"") + "}";
  }

  private static JsonNode send(String method, String path, String ifMatch, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cloud.apiUrl() + path))
        .header("Authorization", "Bearer " + cloud.editorToken())
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  private static List<String> functions() {
    return TEMPLATE.ofType("AWS::Serverless::Function");
  }

  /**
   * The SDK calls recorded, and the key value store calls the stand-in answered: those come from
   * the Publisher, the one function given a store's ARN (FunctionEnvironments), over its own client.
   */
  private static Map<String, List<IamAccess>> recorded() {
    Map<String, List<IamAccess>> recorded = new java.util.TreeMap<>(IamCallRecorder.recorded());
    List<IamAccess> publisher = new java.util.ArrayList<>(recorded.getOrDefault("PublisherFunction", List.of()));
    cloud.keyValueStores().calls().forEach(call ->
        publisher.add(IamAccess.of("cloudfront-keyvaluestore:" + call[0], call[1])));
    recorded.put("PublisherFunction", publisher);
    return recorded;
  }

  @Test
  void everyCallAFunctionMadeIsAllowedByItsRole() {
    Map<String, List<IamAccess>> recorded = recorded();
    assertThat(recorded.keySet()).containsExactlyInAnyOrderElementsOf(functions());
    for (String function : functions()) {
      RolePolicy policy = RolePolicy.of(TEMPLATE, function);
      assertThat(recorded.get(function)).as(function + "'s calls").allSatisfy(access ->
          assertThat(policy.allows(access)).as(access.toString()).isTrue());
    }
  }

  @Test
  void noRoleAllowsAnythingItsFunctionOrItsEventsDoNotUse() {
    Map<String, List<IamAccess>> recorded = recorded();
    for (String function : functions()) {
      Set<IamAccess> used = new HashSet<>(recorded.getOrDefault(function, List.of()));
      used.addAll(PlatformAccesses.of(TEMPLATE, function));
      assertThat(RolePolicy.of(TEMPLATE, function).unused(used))
          .as(function + " grants what nothing uses").isEmpty();
    }
  }

  @Test
  void thePublisherMayWriteItsOwnItemsButNeverAnArticle() {
    RolePolicy publisher = RolePolicy.of(TEMPLATE, "PublisherFunction");
    String table = "arn:aws:dynamodb:us-east-1:000000000000:table/" + cloud.tableName();
    assertThat(publisher.allows(new IamAccess("dynamodb:PutItem", table, Set.of("LIST#site")))).isTrue();
    assertThat(publisher.allows(new IamAccess("dynamodb:PutItem", table, Set.of("ARTICLE#01j")))).isFalse();
    assertThat(publisher.allows(new IamAccess("dynamodb:BatchWriteItem", table, Set.of("INDEX#a", "SLUG#b")))).isFalse();
  }

  @Test
  void thePublisherMayInvalidateOnlyTheSitesDistribution() {
    RolePolicy publisher = RolePolicy.of(TEMPLATE, "PublisherFunction");
    String distributions = "arn:aws:cloudfront::000000000000:distribution/";
    assertThat(publisher.allows(IamAccess.of("cloudfront:CreateInvalidation", distributions + cloud.distributionId())))
        .isTrue();
    assertThat(publisher.allows(IamAccess.of("cloudfront:CreateInvalidation", distributions + "EOTHERDISTRIB1"))).isFalse();
    assertThat(RolePolicy.of(TEMPLATE, "ArticlesApiFunction").allows(
        IamAccess.of("cloudfront:CreateInvalidation", distributions + cloud.distributionId()))).isFalse();
  }

  @Test
  void theMediaFunctionReadsOnlyUploadsAndWritesOnlyRenditionsAndTheApiNeverTouchesTheSite() {
    String site = "arn:aws:s3:::" + cloud.bucketName() + "/";
    String uploads = "arn:aws:s3:::" + cloud.bucketName("UploadsBucket") + "/";
    RolePolicy media = RolePolicy.of(TEMPLATE, "MediaFunction");
    assertThat(media.allows(IamAccess.of("s3:GetObject", uploads + "uploads/01kb"))).isTrue();
    assertThat(media.allows(IamAccess.of("s3:PutObject", site + "media/abc/16x9-320.webp"))).isTrue();
    assertThat(media.allows(IamAccess.of("s3:PutObject", site + "articles/a/index.html"))).isFalse();
    assertThat(media.allows(IamAccess.of("s3:PutObject", uploads + "uploads/01kb"))).isFalse();
    assertThat(media.allows(IamAccess.of("s3:GetObject", site + "media/abc/16x9-320.webp"))).isFalse();
    RolePolicy api = RolePolicy.of(TEMPLATE, "ArticlesApiFunction");
    assertThat(api.allows(IamAccess.of("s3:PutObject", uploads + "uploads/01kb"))).isTrue();
    assertThat(api.allows(IamAccess.of("s3:PutObject", site + "media/abc/16x9-320.webp"))).isFalse();
  }
}
