package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An editor whose answer was lost (a phone on a train, a gateway timeout) sends the request
 * again with its Idempotency-Key, over HTTP against the local cloud: the first result comes
 * back and nothing is made twice.
 */
class IdempotentRequestsIT {
  private static LocalCloud cloud;
  private static Newsroom newsroom;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-idempotency")));
    newsroom = new Newsroom(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void aCreateSentAgainAfterALostAnswerGetsTheSameArticleAndMakesNoSecond() {
    String topic = "Reprise " + UUID.randomUUID().toString().substring(0, 8);
    String article = newsroom.article("Le train de nuit repart", "Texte.", "draft", topic).toString();
    String key = UUID.randomUUID().toString();

    HttpResponse<String> lost = send("POST", "/articles", null, key, article);
    HttpResponse<String> again = send("POST", "/articles", null, key, article);

    assertThat(lost.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(lost.body());
    assertThat(again.headers().firstValue("ETag")).isEqualTo(lost.headers().firstValue("ETag"));
    assertThat(again.headers().firstValue("Location")).isEqualTo(lost.headers().firstValue("Location"));
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(listed(topic).size()).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndMakesNoSecondArticle() {
    String topic = "Reprise " + UUID.randomUUID().toString().substring(0, 8);
    String key = UUID.randomUUID().toString();
    send("POST", "/articles", null, key, newsroom.article("Le bac à Tanger", "Texte.", "draft", topic).toString());

    HttpResponse<String> other = send("POST", "/articles", null, key,
        newsroom.article("Le bac à Tanger, autre version", "Texte.", "draft", topic).toString());

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(newsroom.read(other).get("type").asText()).isEqualTo("urn:gazette:problem:idempotency-key-reused");
    assertThat(listed(topic).size()).isEqualTo(1);
    assertThat(listed(topic).get(0).get("title").asText()).isEqualTo("Le bac à Tanger");
  }

  @Test
  void anEditSentAgainWithItsOldETagAnswersTheVersionItMadeInsteadOfAConflict() {
    String topic = "Reprise " + UUID.randomUUID().toString().substring(0, 8);
    String id = newsroom.create(newsroom.article("La gare de Kénitra", "Texte.", "draft", topic)).get("id").asText();
    String key = UUID.randomUUID().toString();
    String edit = "{\"summary\": \"Rouverte après travaux.\"}";

    HttpResponse<String> lost = send("PATCH", "/articles/" + id, "\"1\"", key, edit);
    HttpResponse<String> again = send("PATCH", "/articles/" + id, "\"1\"", key, edit);
    HttpResponse<String> withoutKey = send("PATCH", "/articles/" + id, "\"1\"", null, edit);

    assertThat(lost.statusCode()).isEqualTo(200);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(withoutKey.statusCode()).as("without its key it looks like someone else's edit").isEqualTo(412);
    assertThat(listed(topic).get(0).get("version").asInt()).isEqualTo(2);
  }

  @Test
  void aMalformedKeyIs400AndMakesNothing() {
    String topic = "Reprise " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> refused = send("POST", "/articles", null, "k;1 2",
        newsroom.article("Refusé", "Texte.", "draft", topic).toString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(newsroom.read(refused).get("type").asText()).isEqualTo("urn:gazette:problem:invalid-idempotency-key");
    assertThat(listed(topic).size()).isZero();
  }

  private static JsonNode listed(String topic) {
    String slug = topic.toLowerCase(Locale.ROOT).replace(' ', '-');
    HttpResponse<String> page = newsroom.send(newsroom.authorized("/articles?status=draft&topic=" + slug));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return newsroom.read(page).get("articles");
  }

  private static HttpResponse<String> send(String method, String path, String ifMatch, String key, String body) {
    HttpRequest.Builder request = newsroom.authorized(path).method(method, HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return newsroom.send(request);
  }
}
