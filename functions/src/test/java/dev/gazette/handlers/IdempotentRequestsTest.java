package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.api.EditorApi;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.ArticleQuery;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.InMemoryArticleStore;
import dev.gazette.article.InMemoryRequestReceipts;
import dev.gazette.article.PictureLibrary;
import dev.gazette.media.InMemoryMediaStore;
import dev.gazette.media.MediaDesk;
import dev.gazette.media.RecordingUploadSlots;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Editors sending a request again with its Idempotency-Key get its first answer, and nothing happens twice. */
class IdempotentRequestsTest {
  private static final String BODY = "{\"title\": \"Le port de Tanger Med ouvre un terminal\", \"body\": \"Le texte.\","
      + " \"topics\": [\"Économie\"], \"status\": \"draft\"}";
  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final InMemoryRequestReceipts receipts = new InMemoryRequestReceipts();
  private final InMemoryArticleStore store = new InMemoryArticleStore(receipts);
  private final InMemoryMediaStore media = new InMemoryMediaStore(receipts);
  private final Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
  private final ArticlesApiHandler handler = new ArticlesApiHandler(new EditorApi(
      new EditorDesk(store, new ArticleIds(clock), clock, site.locale(), PictureLibrary.EMPTY), List::of,
      new MediaDesk(media, new RecordingUploadSlots(), id -> Set.of(), new ArticleIds(clock), clock),
      new SitePaths(site), receipts, clock));
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aCreateSentAgainWithItsKeyAnswersTheFirstResultAndMakesNoSecondArticle() throws Exception {
    APIGatewayV2HTTPResponse first = send("POST /articles", null, Map.of("Idempotency-Key", "k-1"), BODY);
    clock.advance(Duration.ofMinutes(5));
    APIGatewayV2HTTPResponse again = send("POST /articles", null, Map.of("Idempotency-Key", "k-1"), BODY);

    assertThat(first.getStatusCode()).isEqualTo(201);
    assertThat(again.getStatusCode()).isEqualTo(201);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().get("ETag")).isEqualTo(first.getHeaders().get("ETag"));
    assertThat(again.getHeaders().get("Location")).isEqualTo(first.getHeaders().get("Location"));
    assertThat(again.getHeaders()).containsEntry("Idempotent-Replayed", "true");
    assertThat(first.getHeaders()).doesNotContainKey("Idempotent-Replayed");
    assertThat(articleCount()).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndChangesNothing() throws Exception {
    send("POST /articles", null, Map.of("Idempotency-Key", "k-1"), BODY);
    APIGatewayV2HTTPResponse other = send("POST /articles", null, Map.of("Idempotency-Key", "k-1"),
        BODY.replace("Le texte.", "Un autre texte."));

    assertThat(other.getStatusCode()).isEqualTo(422);
    assertThat(other.getHeaders().get("Content-Type")).startsWith("application/problem+json");
    assertThat(body(other).get("type").asText()).isEqualTo("urn:gazette:problem:idempotency-key-reused");
    assertThat(articleCount()).isEqualTo(1);
  }

  @Test
  void aMalformedKeyIs400AndChangesNothing() throws Exception {
    for (String key : List.of("", "   ", "clé-accentuée", "a key with spaces", "x".repeat(256), "k;1")) {
      APIGatewayV2HTTPResponse response = send("POST /articles", null, Map.of("Idempotency-Key", key), BODY);
      assertThat(response.getStatusCode()).as(key).isEqualTo(400);
      assertThat(body(response).get("type").asText()).isEqualTo("urn:gazette:problem:invalid-idempotency-key");
    }
    assertThat(articleCount()).isZero();
  }

  @Test
  void aQuotedKeyAndAUuidAreAccepted() {
    String uuid = "8e03978e-40d5-43e8-bc93-6894a57f9324";
    APIGatewayV2HTTPResponse bare = send("POST /articles", null, Map.of("Idempotency-Key", uuid), BODY);
    APIGatewayV2HTTPResponse quoted = send("POST /articles", null, Map.of("Idempotency-Key", "\"" + uuid + "\""), BODY);
    assertThat(bare.getStatusCode()).isEqualTo(201);
    assertThat(quoted.getBody()).isEqualTo(bare.getBody());
    assertThat(articleCount()).isEqualTo(1);
  }

  @Test
  void twoEditorsUsingTheSameKeyEachGetTheirOwnArticle() {
    send("POST /articles", null, Map.of("Idempotency-Key", "k-1"), BODY);
    APIGatewayV2HTTPEvent other = on("POST /articles", null, Map.of("Idempotency-Key", "k-1"), BODY);
    other.getRequestContext().getAuthorizer().getJwt().setClaims(
        Map.of("sub", "editor-7", "name", "Karim Alaoui", "scope", "articles:write"));
    assertThat(handler.handleRequest(other, new TestContext("ArticlesApiFunction")).getStatusCode()).isEqualTo(201);
    assertThat(articleCount()).isEqualTo(2);
  }

  @Test
  void aKeyIsForgottenAfter24Hours() {
    send("POST /articles", null, Map.of("Idempotency-Key", "k-1"), BODY);
    clock.advance(Duration.ofHours(24).plusSeconds(1));
    APIGatewayV2HTTPResponse later = send("POST /articles", null, Map.of("Idempotency-Key", "k-1"), BODY);
    assertThat(later.getStatusCode()).isEqualTo(201);
    assertThat(later.getHeaders()).doesNotContainKey("Idempotent-Replayed");
    assertThat(articleCount()).isEqualTo(2);
  }

  @Test
  void anEditSentAgainWithTheOldETagAndItsKeyAnswersTheVersionItMadeNotAConflict() throws Exception {
    String id = body(send("POST /articles", null, Map.of(), BODY)).get("id").asText();
    String edit = BODY.replace("Le texte.", "Le texte revu.");
    Map<String, String> headers = Map.of("If-Match", "\"1\"", "Idempotency-Key", "edit-1");
    APIGatewayV2HTTPResponse saved = send("PUT /articles/{id}", id, headers, edit);
    APIGatewayV2HTTPResponse again = send("PUT /articles/{id}", id, headers, edit);
    APIGatewayV2HTTPResponse withoutKey = send("PUT /articles/{id}", id, Map.of("If-Match", "\"1\""), edit);

    assertThat(saved.getStatusCode()).isEqualTo(200);
    assertThat(again.getStatusCode()).isEqualTo(200);
    assertThat(again.getHeaders().get("ETag")).isEqualTo("\"2\"");
    assertThat(again.getBody()).isEqualTo(saved.getBody());
    assertThat(withoutKey.getStatusCode()).isEqualTo(412);
    assertThat(store.find(id).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aPatchPublishAndDeleteSentAgainWithTheirKeysAnswerAsTheFirstTime() throws Exception {
    String id = body(send("POST /articles", null, Map.of(), BODY)).get("id").asText();
    for (int i = 0; i < 2; i++) {
      assertThat(send("PATCH /articles/{id}", id, Map.of("If-Match", "\"1\"", "Idempotency-Key", "p"),
          "{\"summary\": \"Un résumé.\"}").getHeaders().get("ETag")).isEqualTo("\"2\"");
      assertThat(send("POST /articles/{id}/publish", id, Map.of("If-Match", "\"2\"", "Idempotency-Key", "pub"), null)
          .getHeaders().get("ETag")).isEqualTo("\"3\"");
    }
    for (int i = 0; i < 2; i++) {
      assertThat(send("DELETE /articles/{id}", id, Map.of("If-Match", "\"3\"", "Idempotency-Key", "del"), null)
          .getStatusCode()).isEqualTo(204);
    }
    assertThat(store.find(id)).isEmpty();
  }

  @Test
  void anUploadAnnouncedAgainWithItsKeyAnswersTheSameSlotAndMakesNoSecondPicture() {
    String announcement = "{\"filename\": \"port.jpg\", \"contentType\": \"image/jpeg\", \"size\": 3456789}";
    APIGatewayV2HTTPResponse first = send("POST /media", null, Map.of("Idempotency-Key", "m-1"), announcement);
    APIGatewayV2HTTPResponse again = send("POST /media", null, Map.of("Idempotency-Key", "m-1"), announcement);
    APIGatewayV2HTTPResponse other = send("POST /media", null, Map.of("Idempotency-Key", "m-1"),
        announcement.replace("port.jpg", "phare.jpg"));

    assertThat(first.getStatusCode()).isEqualTo(201);
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(again.getHeaders().get("Location")).isEqualTo(first.getHeaders().get("Location"));
    assertThat(other.getStatusCode()).isEqualTo(422);
    assertThat(media.list(10, null).items()).hasSize(1);
  }

  private long articleCount() {
    return store.list(new ArticleQuery(null, null, 100, null)).articles().size();
  }

  private APIGatewayV2HTTPResponse send(String routeKey, String id, Map<String, String> headers, String body) {
    return handler.handleRequest(on(routeKey, id, headers, body), new TestContext("ArticlesApiFunction"));
  }

  private static APIGatewayV2HTTPEvent on(String routeKey, String id, Map<String, String> extraHeaders, String body) {
    APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/api-create-article.json");
    event.setRouteKey(routeKey);
    event.setPathParameters(id == null ? null : Map.of("id", id));
    Map<String, String> headers = new HashMap<>(event.getHeaders());
    headers.putAll(extraHeaders);
    if (body == null) {
      headers.remove("content-type");
    }
    event.setHeaders(headers);
    event.setBody(body);
    return event;
  }

  private JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
    return json.readTree(response.getBody());
  }

  /** A clock the test moves: receipts last 24 hours, and the test does not wait for them. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
