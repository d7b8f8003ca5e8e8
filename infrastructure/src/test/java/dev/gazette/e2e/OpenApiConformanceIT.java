package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.api.ArticleRoutes;
import dev.gazette.api.ArticlesApiHandler;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.apigateway.EditorTokens;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.HttpRoute;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml and the API agree: the spec describes exactly the routes the handler serves, and
 * every operation, called over HTTP through the local cloud for each outcome the spec lists,
 * answers with a documented status, headers and a body its schema accepts. The schema check is
 * {@link SchemaCheck}, written for the subset of JSON Schema the spec uses.
 */
class OpenApiConformanceIT {
  private static final OpenApiDocument SPEC = OpenApiDocument.load(ProjectRoot.find().resolve("openapi.yaml"));
  private static final SpecConformance CONFORMANCE = new SpecConformance(SPEC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNKNOWN_ID = "01kb00000000000000000000zz";
  private static final Map<String, Set<Integer>> SEEN = new ConcurrentHashMap<>();

  private static LocalCloud cloud;
  private static Newsroom newsroom;
  private static String writer;
  private static String reader;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-openapi")));
    newsroom = new Newsroom(cloud);
    writer = cloud.tokens().mint("redaction", "Rédaction", List.of(EditorTokens.WRITE_SCOPE), Duration.ofHours(1));
    reader = cloud.tokens().mint("lecteur", "Lecteur", List.of(), Duration.ofHours(1));
  }

  @AfterAll
  static void everyDocumentedStatusButServerErrorsWasSeen() {
    try {
      Map<String, Set<Integer>> unseen = new TreeMap<>();
      for (String route : SPEC.routeKeys()) {
        Set<Integer> statuses = new TreeSet<>(SPEC.statuses(route));
        statuses.remove(500);
        statuses.removeAll(SEEN.getOrDefault(route, Set.of()));
        if (!statuses.isEmpty()) {
          unseen.put(route, statuses);
        }
      }
      assertThat(unseen).as("statuses the spec lists that no call here was answered with").isEmpty();
    } finally {
      cloud.close();
    }
  }

  @Test
  void theSpecDescribesExactlyTheRoutesTheHandlerServes() {
    assertThat(SPEC.version()).startsWith("3.1");
    assertThat(SPEC.routeKeys()).containsExactlyInAnyOrderElementsOf(ArticleRoutes.ROUTE_KEYS);
  }

  @Test
  void theTemplateSendsExactlyTheseRoutesToTheHandler() {
    List<String> templateRoutes = cloud.stack().functions().stream()
        .filter(function -> function.handlerClass().equals(ArticlesApiHandler.class.getName()))
        .map(FunctionDefinition::routes).flatMap(List::stream).map(HttpRoute::routeKey).toList();

    assertThat(templateRoutes).containsExactlyInAnyOrderElementsOf(SPEC.routeKeys());
  }

  @Test
  void everyChangeNeedsTheWriteScopeInTheSpec() {
    for (String route : SPEC.routeKeys()) {
      if (!route.startsWith("GET ")) {
        assertThat(SPEC.scopes(route)).as(route).contains(EditorTokens.WRITE_SCOPE);
      }
    }
  }

  @Test
  void everySchemaUsesOnlyWhatTheSchemaCheckUnderstandsAndEveryReferenceResolves() {
    SPEC.schemas().forEach((name, schema) -> walk(name, schema));
  }

  @SuppressWarnings("unchecked")
  private static void walk(String where, Object node) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = (String) entry.getKey();
        assertThat(SchemaCheck.KEYWORDS.contains(key) || SchemaCheck.ANNOTATIONS.contains(key))
            .as(where + " uses " + key).isTrue();
        if (key.equals("$ref")) {
          assertThat(SPEC.reference((String) entry.getValue())).as(where).isNotEmpty();
        } else if (key.equals("properties")) {
          ((Map<String, Object>) entry.getValue()).forEach((property, schema) -> walk(where + "." + property, schema));
        } else if (key.equals("items") || key.equals("additionalProperties")) {
          walk(where + "." + key, entry.getValue());
        }
      }
    }
  }

  @Test
  void creatingAnswersAsDocumented() {
    HttpResponse<String> created = conforms("POST /articles", post(writer, article("Conformité : un brouillon", "draft")));
    JsonNode draft = body(created);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/articles/" + draft.get("id").asText());
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(draft.get("author").asText()).isEqualTo("Rédaction");

    ObjectNode later = article("Conformité : publié demain", "published");
    later.put("publishAt", Instant.now().plus(Duration.ofDays(1)).toString());
    JsonNode scheduled = body(conforms("POST /articles", post(writer, later)));
    assertThat(scheduled.get("status").asText()).isEqualTo("scheduled");

    ObjectNode untitled = article("", "draft");
    JsonNode invalid = body(conforms("POST /articles", post(writer, untitled)));
    assertThat(invalid.get("status").asInt()).isEqualTo(400);
    assertThat(invalid.get("errors").findValuesAsText("field")).contains("title");
    JsonNode malformed = body(conforms("POST /articles",
        send("POST", "/articles", writer, null, "application/json", "{\n  \"title\": \"x\",\n  oups\n}")));
    assertThat(malformed.get("detail").asText()).contains("line 3").contains("column");

    assertThat(conforms("POST /articles", post(null, article("Sans jeton", "draft"))).statusCode()).isEqualTo(401);
    assertThat(conforms("POST /articles", post(reader, article("Sans droit d’écrire", "draft"))).statusCode()).isEqualTo(403);
    ObjectNode signedByOther = article("Signé par une autre", "draft");
    signedByOther.put("author", "Nadia Belkacem");
    assertThat(conforms("POST /articles", post(writer, signedByOther)).statusCode()).isEqualTo(403);

    ObjectNode withSlug = article("Conformité : un slug demandé", "draft");
    withSlug.put("slug", "conformite-slug-demande");
    assertThat(conforms("POST /articles", post(writer, withSlug)).statusCode()).isEqualTo(201);
    assertThat(conforms("POST /articles", post(writer, withSlug)).statusCode()).isEqualTo(409);

    ObjectNode tooLong = article("Trop long", "draft");
    tooLong.put("body", "a".repeat(100_001));
    assertThat(conforms("POST /articles", post(writer, tooLong)).statusCode()).isEqualTo(413);
    ObjectNode huge = article("Énorme", "draft");
    huge.put("summary", "b".repeat(1_100_000));
    assertThat(conforms("POST /articles", post(writer, huge)).statusCode()).isEqualTo(413);
    assertThat(conforms("POST /articles", send("POST", "/articles", writer, null, "text/plain",
        article("Texte brut", "draft").toString())).statusCode()).isEqualTo(415);
  }

  @Test
  void listingAnswersAsDocumentedNewestFirstOnePageAtATime() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ids.add(create(article("Conformité : liste " + i, "published", "Conformité liste")).get("id").asText());
    }
    JsonNode first = body(conforms("GET /articles",
        get(reader, "/articles?status=published&topic=conformite-liste&limit=2")));
    assertThat(first.get("articles").findValuesAsText("id")).containsExactly(ids.get(2), ids.get(1));
    JsonNode second = body(conforms("GET /articles", get(reader,
        "/articles?status=published&topic=conformite-liste&limit=2&cursor=" + first.get("nextCursor").asText())));
    assertThat(second.get("articles").findValuesAsText("id")).containsExactly(ids.get(0));
    assertThat(second.has("nextCursor")).isFalse();

    assertThat(conforms("GET /articles", get(writer, "/articles?limit=100")).statusCode()).isEqualTo(200);
    for (String bad : List.of("limit=0", "limit=101", "limit=deux", "status=archived", "topic=../x",
        "cursor=bm9uLXVuLWN1cnNldXI", "page=2")) {
      assertThat(conforms("GET /articles", get(writer, "/articles?" + bad)).statusCode()).as(bad).isEqualTo(400);
    }
    assertThat(conforms("GET /articles", get(reader, "/articles?status=draft")).statusCode()).isEqualTo(403);
    assertThat(conforms("GET /articles", get(reader, "/articles")).statusCode()).isEqualTo(403);
    assertThat(conforms("GET /articles", get(null, "/articles")).statusCode()).isEqualTo(401);
  }

  @Test
  void readingAnswersAsDocumented() throws Exception {
    JsonNode draft = create(article("Conformité : à lire", "draft"));
    JsonNode published = create(article("Conformité : publié à lire", "published"));
    String draftPath = "/articles/" + draft.get("id").asText();

    HttpResponse<String> read = conforms("GET /articles/{id}", get(writer, draftPath));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(body(read).get("title").asText()).isEqualTo("Conformité : à lire");
    assertThat(conforms("GET /articles/{id}", get(reader, "/articles/" + published.get("id").asText())).statusCode())
        .isEqualTo(200);
    assertThat(conforms("GET /articles/{id}", get(reader, draftPath)).statusCode()).isEqualTo(403);
    assertThat(conforms("GET /articles/{id}", get(writer, "/articles/" + UNKNOWN_ID)).statusCode()).isEqualTo(404);
    assertThat(conforms("GET /articles/{id}", get(writer, "/articles/pas-un-id")).statusCode()).isEqualTo(404);
    assertThat(conforms("GET /articles/{id}", get(null, draftPath)).statusCode()).isEqualTo(401);
    RawAnswer broken = RawAnswer.get(cloud.apiUrl(), "/articles/%zz", writer);
    assertThat(CONFORMANCE.violations("GET /articles/{id}", broken.status(), broken.headers(), broken.body()))
        .as(broken.body()).isEmpty();
    SEEN.computeIfAbsent("GET /articles/{id}", route -> ConcurrentHashMap.newKeySet()).add(broken.status());
  }

  @Test
  void replacingAnswersAsDocumented() {
    String path = "/articles/" + create(article("Conformité : à remplacer", "draft")).get("id").asText();
    ObjectNode other = article("Conformité : autre slug", "draft");
    other.put("slug", "conformite-slug-pris");
    create(other);

    HttpResponse<String> replaced = conforms("PUT /articles/{id}",
        send("PUT", path, writer, "\"1\"", "application/json", article("Conformité : remplacé", "published").toString()));
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(replaced.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(body(replaced).get("publishedAt").isTextual()).isTrue();
    String edit = article("Conformité : remplacé encore", "published").toString();
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, writer, "\"1\"", "application/json", edit)).statusCode()).isEqualTo(412);
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, writer, null, "application/json", edit)).statusCode()).isEqualTo(428);
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, writer, "*", "application/json", edit)).statusCode()).isEqualTo(400);
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, writer, "\"2\"", "application/json",
        article("", "published").toString())).statusCode()).isEqualTo(400);
    assertThat(conforms("PUT /articles/{id}", send("PUT", "/articles/" + UNKNOWN_ID, writer, "\"1\"",
        "application/json", edit)).statusCode()).isEqualTo(404);
    ObjectNode takenSlug = article("Conformité : slug pris", "published");
    takenSlug.put("slug", "conformite-slug-pris");
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, writer, "\"2\"", "application/json",
        takenSlug.toString())).statusCode()).isEqualTo(409);
    ObjectNode tooLong = article("Trop long", "published");
    tooLong.put("body", "a".repeat(100_001));
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, writer, "\"2\"", "application/json",
        tooLong.toString())).statusCode()).isEqualTo(413);
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, writer, "\"2\"", "text/plain", edit)).statusCode()).isEqualTo(415);
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, reader, "\"2\"", "application/json", edit)).statusCode()).isEqualTo(403);
    assertThat(conforms("PUT /articles/{id}", send("PUT", path, null, "\"2\"", "application/json", edit)).statusCode()).isEqualTo(401);
  }

  @Test
  void patchingAnswersAsDocumented() {
    ObjectNode original = article("Conformité : à corriger", "draft");
    original.put("summary", "Un résumé à retirer.");
    original.put("location", "Rabat");
    String path = "/articles/" + create(original).get("id").asText();
    ObjectNode taken = article("Conformité : slug pris par un autre", "draft");
    taken.put("slug", "conformite-slug-pris-patch");
    create(taken);

    JsonNode patched = body(conforms("PATCH /articles/{id}", send("PATCH", path, writer, "\"1\"",
        "application/merge-patch+json", "{\"summary\": null, \"title\": \"Conformité : corrigé\"}")));
    assertThat(patched.has("summary")).isFalse();
    assertThat(patched.get("title").asText()).isEqualTo("Conformité : corrigé");
    assertThat(patched.get("location").asText()).isEqualTo("Rabat");
    assertThat(body(conforms("PATCH /articles/{id}", send("PATCH", path, writer, "\"2\"", "application/json",
        "{\"location\": \"Fès\"}"))).get("version").asInt()).isEqualTo(3);

    String patch = "{\"location\": \"Tanger\"}";
    for (String invalid : List.of("{\"title\": null}", "{\"couleur\": \"rouge\"}", "[]", "{\"topics\": []}")) {
      assertThat(conforms("PATCH /articles/{id}", send("PATCH", path, writer, "\"3\"",
          "application/merge-patch+json", invalid)).statusCode()).as(invalid).isEqualTo(400);
    }
    assertThat(conforms("PATCH /articles/{id}", send("PATCH", path, writer, "\"2\"",
        "application/merge-patch+json", patch)).statusCode()).isEqualTo(412);
    assertThat(conforms("PATCH /articles/{id}", send("PATCH", path, writer, null,
        "application/merge-patch+json", patch)).statusCode()).isEqualTo(428);
    assertThat(conforms("PATCH /articles/{id}", send("PATCH", path, writer, "\"3\"", "text/plain", patch))
        .statusCode()).isEqualTo(415);
    assertThat(conforms("PATCH /articles/{id}", send("PATCH", "/articles/" + UNKNOWN_ID, writer, "\"1\"",
        "application/merge-patch+json", patch)).statusCode()).isEqualTo(404);
    assertThat(conforms("PATCH /articles/{id}", send("PATCH", path, writer, "\"3\"",
        "application/merge-patch+json", "{\"slug\": \"conformite-slug-pris-patch\"}")).statusCode()).isEqualTo(409);
    assertThat(conforms("PATCH /articles/{id}", send("PATCH", path, writer, "\"3\"",
        "application/merge-patch+json", "{\"body\": \"" + "a".repeat(100_001) + "\"}")).statusCode()).isEqualTo(413);
    assertThat(conforms("PATCH /articles/{id}", send("PATCH", path, reader, "\"3\"",
        "application/merge-patch+json", patch)).statusCode()).isEqualTo(403);
    assertThat(conforms("PATCH /articles/{id}", send("PATCH", path, null, "\"3\"",
        "application/merge-patch+json", patch)).statusCode()).isEqualTo(401);
  }

  @Test
  void publishingAndUnpublishingAnswerAsDocumented() {
    String id = create(article("Conformité : à publier", "draft")).get("id").asText();
    String publish = "/articles/" + id + "/publish";
    String unpublish = "/articles/" + id + "/unpublish";

    JsonNode published = body(conforms("POST /articles/{id}/publish", send("POST", publish, writer, "\"1\"", null, null)));
    assertThat(published.get("status").asText()).isEqualTo("published");
    String firstPublication = published.get("publishedAt").asText();
    JsonNode unpublished = body(conforms("POST /articles/{id}/unpublish", send("POST", unpublish, writer, "\"2\"", null, null)));
    assertThat(unpublished.get("status").asText()).isEqualTo("draft");
    assertThat(unpublished.get("publishedAt").asText()).isEqualTo(firstPublication);

    for (String route : List.of("POST /articles/{id}/publish", "POST /articles/{id}/unpublish")) {
      String path = route.endsWith("/publish") ? publish : unpublish;
      assertThat(conforms(route, send("POST", path, writer, "\"3\"", "application/json", "{}")).statusCode()).isEqualTo(400);
      assertThat(conforms(route, send("POST", path, writer, "\"1\"", null, null)).statusCode()).isEqualTo(412);
      assertThat(conforms(route, send("POST", path, writer, null, null, null)).statusCode()).isEqualTo(428);
      assertThat(conforms(route, send("POST", path.replace(id, UNKNOWN_ID), writer, "\"1\"", null, null)).statusCode())
          .isEqualTo(404);
      assertThat(conforms(route, send("POST", path, reader, "\"3\"", null, null)).statusCode()).isEqualTo(403);
      assertThat(conforms(route, send("POST", path, null, "\"3\"", null, null)).statusCode()).isEqualTo(401);
    }

    ObjectNode planned = article("Conformité : prévu pour demain", "draft");
    planned.put("publishAt", Instant.now().plus(Duration.ofDays(1)).toString());
    String plannedId = create(planned).get("id").asText();
    assertThat(body(conforms("POST /articles/{id}/publish", send("POST", "/articles/" + plannedId + "/publish",
        writer, "\"1\"", null, null))).get("status").asText()).isEqualTo("scheduled");
  }

  @Test
  void deletingAnswersAsDocumented() {
    String path = "/articles/" + create(article("Conformité : à supprimer", "draft")).get("id").asText();

    assertThat(conforms("DELETE /articles/{id}", send("DELETE", path, writer, null, null, null)).statusCode()).isEqualTo(428);
    assertThat(conforms("DELETE /articles/{id}", send("DELETE", path, writer, "\"7\"", null, null)).statusCode()).isEqualTo(412);
    assertThat(conforms("DELETE /articles/{id}", send("DELETE", path, writer, "W/\"1\"", null, null)).statusCode()).isEqualTo(400);
    assertThat(conforms("DELETE /articles/{id}", send("DELETE", path, reader, "\"1\"", null, null)).statusCode()).isEqualTo(403);
    assertThat(conforms("DELETE /articles/{id}", send("DELETE", path, null, "\"1\"", null, null)).statusCode()).isEqualTo(401);
    assertThat(conforms("DELETE /articles/{id}", send("DELETE", "/articles/" + UNKNOWN_ID, writer, "\"1\"", null, null))
        .statusCode()).isEqualTo(404);
    assertThat(conforms("DELETE /articles/{id}", send("DELETE", path, writer, "\"1\"", null, null)).statusCode()).isEqualTo(204);
    assertThat(get(writer, path).statusCode()).isEqualTo(404);
  }

  @Test
  void topicsAnswerAsDocumentedWithTheirPublishedCounts() throws Exception {
    create(article("Conformité : sujet un", "published", "Conformité sujets"));
    create(article("Conformité : sujet deux", "published", "conformité Sujets "));
    create(article("Conformité : sujet en brouillon", "draft", "Conformité sujets"));
    cloud.awaitPublished();

    JsonNode topics = body(conforms("GET /topics", get(reader, "/topics")));
    Map<String, Integer> counts = new TreeMap<>();
    topics.get("topics").forEach(topic -> counts.put(topic.get("slug").asText(), topic.get("articles").asInt()));
    assertThat(counts).containsEntry("conformite-sujets", 2);
    assertThat(conforms("GET /topics", get(reader, "/topics?page=2")).statusCode()).isEqualTo(400);
    assertThat(conforms("GET /topics", get(null, "/topics")).statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> conforms(String routeKey, HttpResponse<String> response) {
    assertThat(CONFORMANCE.violations(routeKey, response))
        .as(routeKey + " answered " + response.statusCode() + " " + abbreviated(response.body())).isEmpty();
    SEEN.computeIfAbsent(routeKey, route -> ConcurrentHashMap.newKeySet()).add(response.statusCode());
    return response;
  }

  private static ObjectNode article(String title, String status, String... topics) {
    ObjectNode article = JSON.createObjectNode();
    article.put("title", title);
    article.put("body", "Un texte **court** pour vérifier la réponse.");
    article.set("topics", JSON.valueToTree(topics.length == 0 ? List.of("Conformité") : List.of(topics)));
    article.put("status", status);
    return article;
  }

  private static JsonNode create(ObjectNode article) {
    HttpResponse<String> response = post(writer, article);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return body(response);
  }

  private static HttpResponse<String> post(String token, JsonNode article) {
    return send("POST", "/articles", token, null, "application/json", article.toString());
  }

  private static HttpResponse<String> get(String token, String path) {
    return send("GET", path, token, null, null, null);
  }

  private static HttpResponse<String> send(String method, String path, String token, String ifMatch,
      String contentType, String body) {
    HttpRequest.Builder request = newsroom.api(path).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return newsroom.send(request);
  }

  private static JsonNode body(HttpResponse<String> response) {
    return newsroom.read(response);
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
