package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The whole pipeline as an editor and a reader meet it: HTTP to the API stand-in, the article
 * in dynoxide, the stream poller running the Publisher, pages in S3Proxy, HTTP from the CDN.
 */
class PublishingEndToEndIT {
  private static LocalCloud cloud;
  private static Newsroom newsroom;

  @BeforeAll
  static void startTheLocalCloud() throws Exception {
    Path data = Files.createTempDirectory("gazette-e2e");
    cloud = LocalCloud.start(LocalCloudOptions.forTests(data));
    newsroom = new Newsroom(cloud);
  }

  @AfterAll
  static void stopTheLocalCloud() {
    cloud.close();
  }

  private static String path(JsonNode created) {
    return "/articles/" + created.get("slug").asText() + "/";
  }

  private static Document page(String path) {
    HttpResponse<String> response = newsroom.read(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static long articleItems() {
    return cloud.dynamoDbClient().scanPaginator(request -> request.tableName(cloud.tableName())
            .filterExpression("begins_with(pk, :article)")
            .expressionAttributeValues(Map.of(":article", AttributeValue.fromS("ARTICLE#"))))
        .items().stream().count();
  }

  @Test
  void aPublishedArticleIsServedByTheCdnWithItsTitleDatelineBylineAndTopics() {
    ObjectNode article = newsroom.article("Le port de Tanger Med inaugure son quatrième terminal",
        "Le terminal **accueille** ses premiers navires.\n\nIl emploiera 800 personnes.",
        "published", "Économie", "Transport");
    article.put("publishedAt", "2026-11-19T21:30:00Z");
    JsonNode created = newsroom.create(article);
    newsroom.awaitPublished();

    HttpResponse<String> response = newsroom.read(path(created));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualTo("text/html;charset=utf-8");
    assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=");
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text()).isEqualTo("Le port de Tanger Med inaugure son quatrième terminal");
    assertThat(page.select("time").attr("datetime")).isEqualTo("2026-11-19T22:30:00+01:00");
    assertThat(page.select(".dateline").text())
        .isEqualTo("19 novembre 2026 - 22h30 - Rabat - Écrit par : Nadia Belkacem");
    assertThat(page.select(".topics a").eachText()).containsExactly("Économie", "Transport");
    assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(cloud.cdnUrl() + path(created));

    String etag = response.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = newsroom.send(HttpRequest.newBuilder(
        java.net.URI.create(cloud.cdnUrl() + path(created))).header("If-None-Match", etag));
    assertThat(again.statusCode()).isEqualTo(304);

    JsonNode json = newsroom.read(newsroom.read("/articles/" + created.get("slug").asText() + ".json"));
    assertThat(json.get("title").asText()).isEqualTo("Le port de Tanger Med inaugure son quatrième terminal");
    assertThat(created.get("url").asText()).isEqualTo(cloud.cdnUrl() + path(created));
  }

  @Test
  void aDraftIsNeverServedNorListed() {
    JsonNode draft = newsroom.create(newsroom.article("Brouillon : la réforme secrète du code de la route",
        "Pas encore prêt.", "draft", "Société"));
    newsroom.create(newsroom.article("Un article publié à côté du brouillon", "Texte.", "published", "Société"));
    newsroom.awaitPublished();
    assertThat(newsroom.read(path(draft)).statusCode()).isEqualTo(404);
    for (S3Object object : cloud.s3Client().listObjectsV2Paginator(request -> request.bucket(cloud.bucketName())).contents()) {
      if (object.key().matches(".*\\.(png|ico)")) {
        continue; // the site's icons: drawn, not written by editors
      }
      String text = cloud.s3Client().getObjectAsBytes(request -> request.bucket(cloud.bucketName())
          .key(object.key())).asUtf8String();
      assertThat(text).as(object.key()).doesNotContain("réforme secrète").doesNotContain(draft.get("slug").asText());
    }
  }

  @Test
  void anUpdateWithTheCurrentEtagChangesThePageAndAStaleOneChangesNothing() {
    JsonNode created = newsroom.create(newsroom.article("Marrakech accueille le festival du film",
        "Le festival ouvre vendredi.", "published", "Culture"));
    String id = created.get("id").asText();
    ObjectNode edit = newsroom.article("Marrakech accueille la 22e édition du festival du film",
        "Le festival ouvre vendredi soir.", "published", "Culture");

    assertThat(newsroom.put(id, "\"1\"", edit).statusCode()).isEqualTo(200);
    HttpResponse<String> stale = newsroom.put(id, "\"1\"", newsroom.article("Titre périmé",
        "Texte périmé.", "published", "Culture"));
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    newsroom.awaitPublished();

    assertThat(page(path(created)).select("h1").text())
        .isEqualTo("Marrakech accueille la 22e édition du festival du film");
    assertThat(newsroom.read(newsroom.send(newsroom.api("/articles/" + id)
        .header("Authorization", "Bearer " + cloud.editorToken()))).get("title").asText())
        .isEqualTo("Marrakech accueille la 22e édition du festival du film");
  }

  @Test
  void unpublishingOrDeletingMakesThePage404() {
    JsonNode unpublished = newsroom.create(newsroom.article("Une annonce bientôt retirée",
        "Texte.", "published", "Société"));
    JsonNode deleted = newsroom.create(newsroom.article("Une dépêche bientôt supprimée",
        "Texte.", "published", "Société"));
    newsroom.awaitPublished();
    assertThat(newsroom.read(path(unpublished)).statusCode()).isEqualTo(200);
    assertThat(newsroom.read(path(deleted)).statusCode()).isEqualTo(200);

    assertThat(newsroom.put(unpublished.get("id").asText(), "\"1\"", newsroom.article(
        "Une annonce bientôt retirée", "Texte.", "draft", "Société")).statusCode()).isEqualTo(200);
    assertThat(newsroom.delete(deleted.get("id").asText(), "\"1\"").statusCode()).isEqualTo(204);
    newsroom.awaitPublished();

    assertThat(newsroom.read(path(unpublished)).statusCode()).isEqualTo(404);
    assertThat(newsroom.read(path(deleted)).statusCode()).isEqualTo(404);
    assertThat(newsroom.read("/articles/" + deleted.get("slug").asText() + ".json").statusCode()).isEqualTo(404);
  }

  @Test
  void requestsWithoutAValidTokenAre401AndWriteNothing() {
    long before = articleItems();
    ObjectNode article = newsroom.article("Article d’un inconnu", "Texte.", "published", "Société");
    String expired = cloud.tokens().mint("intrus", "Intrus", List.of("articles:write"), Duration.ofMinutes(-5));
    String forged = dev.gazette.local.apigateway.EditorTokens.ephemeral().editorToken();
    for (String authorization : new String[] {null, "Bearer", "Bearer abc.def.ghi", "Bearer " + expired,
        "Bearer " + forged, "Basic dXNlcjpwYXNz"}) {
      HttpRequest.Builder request = newsroom.api("/articles").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(article.toString()));
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      HttpResponse<String> response = newsroom.send(request);
      assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
    assertThat(articleItems()).isEqualTo(before);
  }

  @Test
  void scriptsAndEventHandlersTypedByAnEditorNeverReachAReader() {
    JsonNode created = newsroom.create(newsroom.article("Un titre <script>alert('titre')</script>",
        "Bonjour <script>alert('corps')</script>\n\n<img src=x onerror=\"alert('img')\">\n\n"
            + "[cliquez](javascript:alert('lien')) et <a href=\"#\" onclick=\"alert(1)\">ici</a>",
        "published", "Société"));
    newsroom.awaitPublished();
    HttpResponse<String> response = newsroom.read(path(created));
    Document page = Jsoup.parse(response.body());
    for (Element script : page.select("script")) {
      assertThat(script.attr("type").equals("application/ld+json") || script.attr("src").startsWith("/assets/"))
          .as(script.outerHtml()).isTrue();
      // Structured data may quote the title, but never as markup a browser would parse.
      assertThat(script.data()).doesNotContain("<");
    }
    for (Element element : page.getAllElements()) {
      element.attributes().forEach(attribute -> assertThat(attribute.getKey()).doesNotStartWith("on"));
    }
    assertThat(page.select("[href^=javascript], [src^=javascript]")).isEmpty();
    assertThat(page.select("h1").text()).isEqualTo("Un titre <script>alert('titre')</script>");
  }

  @Test
  void twentyConcurrentPublishesIntoOneTopicAreAllListedOnItsPage() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<JsonNode>> posts = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      ObjectNode article = newsroom.article("Concurrence : la dépêche numéro " + i, "Texte " + i + ".",
          "published", "Concurrence");
      posts.add(pool.submit(() -> {
        start.await();
        return newsroom.create(article);
      }));
    }
    start.countDown();
    List<JsonNode> created = new ArrayList<>();
    for (Future<JsonNode> post : posts) {
      created.add(post.get());
    }
    pool.shutdown();
    newsroom.awaitPublished();

    Document topic = page("/topics/concurrence/");
    for (JsonNode article : created) {
      assertThat(topic.select("a[href=" + path(article) + "]")).as(path(article)).isNotEmpty();
    }
  }
}
