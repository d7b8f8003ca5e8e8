package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.api.EditorApi;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.InMemoryArticleStore;
import dev.gazette.article.InMemoryRequestReceipts;
import dev.gazette.article.PictureLibrary;
import dev.gazette.article.Topic;
import dev.gazette.article.TopicCount;
import dev.gazette.media.InMemoryMediaStore;
import dev.gazette.media.MediaDesk;
import dev.gazette.media.RecordingUploadSlots;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticlesApiHandlerTest {
  private final InMemoryArticleStore store = new InMemoryArticleStore();
  private final Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
  private final ArticlesApiHandler handler = new ArticlesApiHandler(new EditorApi(
      new EditorDesk(store, new ArticleIds(Clock.systemUTC()), Clock.systemUTC(), site.locale(), PictureLibrary.EMPTY),
      () -> List.of(new TopicCount(Topic.named("Économie"), 3)),
      new MediaDesk(new InMemoryMediaStore(), new RecordingUploadSlots(), id -> Set.of(),
          new ArticleIds(Clock.systemUTC()), Clock.systemUTC()),
      new SitePaths(site), new InMemoryRequestReceipts(), Clock.systemUTC()));
  private final ObjectMapper json = new ObjectMapper();

  private static APIGatewayV2HTTPEvent createEvent() {
    return EventLoader.loadApiGatewayHttpEvent("events/api-create-article.json");
  }

  private APIGatewayV2HTTPResponse send(APIGatewayV2HTTPEvent event) {
    return handler.handleRequest(event, new TestContext("ArticlesApiFunction"));
  }

  private JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
    return json.readTree(response.getBody());
  }

  private APIGatewayV2HTTPEvent on(String routeKey, String id, Map<String, String> extraHeaders,
      String body) {
    APIGatewayV2HTTPEvent event = createEvent();
    event.setRouteKey(routeKey);
    event.setPathParameters(id == null ? null : Map.of("id", id));
    Map<String, String> headers = new HashMap<>(event.getHeaders());
    headers.putAll(extraHeaders);
    event.setHeaders(headers);
    event.setBody(body);
    return event;
  }

  @Test
  void creatingAnArticleAnswers201WithItsSlugVersionAndPublicUrl() throws Exception {
    APIGatewayV2HTTPResponse response = send(createEvent());
    assertThat(response.getStatusCode()).isEqualTo(201);
    assertThat(response.getHeaders()).containsEntry("ETag", "\"1\"");
    JsonNode article = body(response);
    assertThat(article.get("slug").asText()).isEqualTo("le-port-de-tanger-med-ouvre-un-nouveau-terminal");
    assertThat(article.get("url").asText())
        .isEqualTo("https://news.example.org/articles/le-port-de-tanger-med-ouvre-un-nouveau-terminal/");
    assertThat(article.get("version").asLong()).isEqualTo(1);
    assertThat(article.get("author").asText()).isEqualTo("Nadia Belkacem");
    assertThat(response.getHeaders().get("Location")).isEqualTo("/articles/" + article.get("id").asText());
  }

  @Test
  void aPostWithoutTheWriteScopeIs403EvenWhenItsBodyIsMalformed() throws Exception {
    for (String body : new String[] {"{\"title\": ", "not json at all", ""}) {
      APIGatewayV2HTTPEvent event = createEvent();
      event.getRequestContext().getAuthorizer().getJwt().setClaims(
          Map.of("sub", "u-2", "name", "Karim Alaoui", "scope", "articles:read"));
      event.setBody(body);
      APIGatewayV2HTTPResponse response = send(event);
      assertThat(response.getStatusCode()).as(body).isEqualTo(403);
      assertThat(body(response).get("type").asText()).isEqualTo("urn:gazette:problem:forbidden");
    }
  }

  @Test
  void aPostWithTheWriteScopeAndMalformedJsonIs400() throws Exception {
    APIGatewayV2HTTPEvent event = createEvent();
    event.setBody("{\"title\": ");
    APIGatewayV2HTTPResponse response = send(event);
    assertThat(response.getStatusCode()).isEqualTo(400);
  }

  @Test
  void aRequestWithoutTokenClaimsIs401AndStoresNothing() throws Exception {
    APIGatewayV2HTTPEvent event = createEvent();
    event.getRequestContext().setAuthorizer(null);
    APIGatewayV2HTTPResponse response = send(event);
    assertThat(response.getStatusCode()).isEqualTo(401);
    assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
    assertThat(body(response).get("status").asInt()).isEqualTo(401);
    assertThat(store.idBySlug(new dev.gazette.article.Slug(
        "le-port-de-tanger-med-ouvre-un-nouveau-terminal"))).isEmpty();
  }

  @Test
  void aTokenWithoutTheWriteScopeIs403() {
    APIGatewayV2HTTPEvent event = createEvent();
    event.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "reader-1"));
    assertThat(send(event).getStatusCode()).isEqualTo(403);
  }

  @Test
  void invalidJsonSaysWhereItBroke() throws Exception {
    APIGatewayV2HTTPResponse response = send(on("POST /articles", null, Map.of(), "{\"title\": \"x\",\n \"body\" ]"));
    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(body(response).get("detail").asText()).contains("line 2")
        .doesNotContain("Unexpected character").doesNotContain("`");
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    String detail = body(send(on("POST /articles", null, Map.of(), deep))).get("detail").asText();
    assertThat(detail).contains("nested too deeply").doesNotContain("StreamReadConstraints");
  }

  @Test
  void unknownFieldsAndWrongTypesAreNamed() throws Exception {
    JsonNode unknown = body(send(on("POST /articles", null, Map.of(), "{\"title\":\"x\",\"admin\":true}")));
    assertThat(unknown.get("errors").get(0).get("field").asText()).isEqualTo("admin");
    JsonNode wrongType = body(send(on("POST /articles", null, Map.of(), "{\"title\":5}")));
    assertThat(wrongType.get("errors").get(0).get("field").asText()).isEqualTo("title");
  }

  @Test
  void validationErrorsListEveryField() throws Exception {
    APIGatewayV2HTTPResponse response = send(on("POST /articles", null, Map.of(), "{\"title\":\"\"}"));
    assertThat(response.getStatusCode()).isEqualTo(400);
    assertThat(body(response).get("errors").findValuesAsText("field"))
        .contains("title", "body", "topics", "status");
  }

  @Test
  void aNonJsonContentTypeIs415() {
    APIGatewayV2HTTPResponse response = send(on("POST /articles", null,
        Map.of("content-type", "text/plain"), createEvent().getBody()));
    assertThat(response.getStatusCode()).isEqualTo(415);
  }

  @Test
  void replacingNeedsTheCurrentEtag() throws Exception {
    String id = body(send(createEvent())).get("id").asText();
    String edit = createEvent().getBody().replace("nouveau terminal", "terminal géant");
    assertThat(send(on("PUT /articles/{id}", id, Map.of(), edit)).getStatusCode()).isEqualTo(428);
    assertThat(send(on("PUT /articles/{id}", id, Map.of("if-match", "*"), edit)).getStatusCode()).isEqualTo(400);
    APIGatewayV2HTTPResponse ok = send(on("PUT /articles/{id}", id, Map.of("if-match", "\"1\""), edit));
    assertThat(ok.getStatusCode()).isEqualTo(200);
    assertThat(ok.getHeaders()).containsEntry("ETag", "\"2\"");
    APIGatewayV2HTTPResponse stale = send(on("PUT /articles/{id}", id, Map.of("if-match", "\"1\""),
        createEvent().getBody()));
    assertThat(stale.getStatusCode()).isEqualTo(412);
    JsonNode stored = body(send(on("GET /articles/{id}", id, Map.of(), null)));
    assertThat(stored.get("title").asText()).contains("terminal géant");
  }

  @Test
  void deletingWithTheCurrentEtagRemovesTheArticle() throws Exception {
    String id = body(send(createEvent())).get("id").asText();
    assertThat(send(on("DELETE /articles/{id}", id, Map.of("if-match", "\"1\""), null)).getStatusCode())
        .isEqualTo(204);
    assertThat(send(on("GET /articles/{id}", id, Map.of(), null)).getStatusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownIdIs404AsProblemJson() throws Exception {
    APIGatewayV2HTTPResponse response = send(on("GET /articles/{id}", "..%2F..%2Fetc", Map.of(), null));
    assertThat(response.getStatusCode()).isEqualTo(404);
    assertThat(body(response).get("type").asText()).isEqualTo("urn:gazette:problem:not-found");
  }
}
