package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.gazette.e2e.HostileRequest.Target;
import dev.gazette.e2e.HostileRequest.Tokens;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.apigateway.EditorTokens;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Hostile input over HTTP against the whole local stack. Each request of {@link HostileRequests}
 * gets a 4xx problem document as openapi.yaml describes it, never a 5xx, and leaves the table's
 * articles and slugs as they were. Markup typed into the fields an editor may fill is valid input:
 * those articles are created and published, and no published page then holds anything a browser
 * would run.
 */
class HostileInputIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final SpecConformance CONFORMANCE =
      new SpecConformance(OpenApiDocument.load(ProjectRoot.find().resolve("openapi.yaml")));

  /** Package paths, class or feature names and stack frames: what a client must never be shown. */
  private static final Pattern INTERNAL_NAMES = Pattern.compile(
      "(?:\\b[a-z]+\\.){2,}[A-Za-z]|\\b[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:Feature|Constraints|Exception|Error)\\b"
          + "|`|\\b[A-Z]+_[A-Z_]+\\b|\\bat [a-z]+\\.|\\[Source:");

  private static LocalCloud cloud;
  private static Target target;

  @BeforeAll
  static void startWithOnePublishedArticle() throws Exception {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-hostile")));
    Tokens tokens = tokens();
    JsonNode article = created(send(HttpRequest.newBuilder(cloud.apiUrl().resolve("/articles"))
        .header("Authorization", "Bearer " + tokens.writer()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(HostileRequests.valid().put("status", "published").toString()))
        .build()));
    for (int i = 0; i < 2; i++) {
      created(send(HttpRequest.newBuilder(cloud.apiUrl().resolve("/articles"))
          .header("Authorization", "Bearer " + tokens.writer()).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(HostileRequests.valid().toString())).build()));
    }
    JsonNode drafts = JSON.readTree(send(HttpRequest.newBuilder(cloud.apiUrl().resolve("/articles?status=draft&limit=1"))
        .header("Authorization", "Bearer " + tokens.writer()).build()).body());
    target = new Target(cloud.apiUrl(), tokens, article.get("id").asText(), article.get("version").asLong(),
        drafts.get("nextCursor").asText());
    cloud.awaitPublished();
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  static Stream<HostileRequest> hostileRequests() {
    return HostileRequests.all().stream();
  }

  @Test
  void theTableHoldsAtLeastSixtyHostileRequests() {
    assertThat(HostileRequests.all()).hasSizeGreaterThanOrEqualTo(60);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileRequests")
  void isRefusedWithAProblemAndChangesNothing(HostileRequest hostile) {
    Map<String, Map<String, AttributeValue>> before = ArticleTable.snapshot(cloud);

    HttpResponse<String> response = send(hostile.request().apply(target));

    assertThat(ArticleTable.snapshot(cloud)).isEqualTo(before);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(hostile.status()).isBetween(400, 499);
    List<String> violations = hostile.routeKey() == null
        ? CONFORMANCE.problemViolations(response)
        : CONFORMANCE.violations(hostile.routeKey(), response);
    assertThat(violations).as(response.body()).isEmpty();
    assertThat(response.body()).doesNotContainPattern(INTERNAL_NAMES);
    if (hostile.saysWhere()) {
      assertThat(response.body()).containsPattern("line \\d+, column \\d+");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "/articles/%zz | GET /articles/{id}", "/articles?cursor=%zz | GET /articles", "/articles/% | GET /articles/{id}"})
  void aBrokenPercentEscapeIsADocumentedBadRequest(String requestTarget, String routeKey) throws IOException {
    Map<String, Map<String, AttributeValue>> before = ArticleTable.snapshot(cloud);

    Answer answer = Answer.rawGet(cloud.apiUrl(), requestTarget, target.tokens().writer());

    assertThat(ArticleTable.snapshot(cloud)).isEqualTo(before);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(CONFORMANCE.violations(routeKey, answer)).as(answer.body()).isEmpty();
    assertThat(answer.body()).contains("\"type\":\"urn:gazette:problem:malformed-request\"")
        .doesNotContainPattern(INTERNAL_NAMES);
  }

  @Test
  void markupInEveryFieldIsStoredAsTypedAndNoPublishedPageRunsIt() throws Exception {
    String anyAuthor = cloud.tokens().mint("chef", "Chef d’édition",
        List.of(EditorTokens.WRITE_SCOPE, "articles:act-for-others"), Duration.ofHours(1));
    List<String> titles = new ArrayList<>();
    for (String payload : MarkupPayloads.ALL) {
      ObjectNode article = JSON.createObjectNode();
      String title = "Piège " + (titles.size() + 1) + " " + payload;
      article.put("title", cut(title, 200));
      article.put("summary", cut(payload, 500));
      article.put("body", MarkupPayloads.markdownAround(payload));
      article.put("author", cut(payload, 100));
      article.put("location", cut(payload, 100));
      article.set("topics", JSON.valueToTree(List.of("Pièges", cut(payload, 60))));
      article.put("status", "published");
      JsonNode created = created(send(HttpRequest.newBuilder(cloud.apiUrl().resolve("/articles"))
          .header("Authorization", "Bearer " + anyAuthor).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(article.toString())).build()));
      assertThat(created.get("title").asText()).isEqualTo(cut(title, 200));
      assertThat(created.get("body").asText()).isEqualTo(article.get("body").asText().strip());
      titles.add(cut(title, 200));
    }
    cloud.awaitPublished();

    int pages = 0;
    for (S3Object object : cloud.s3Client().listObjectsV2Paginator(list -> list.bucket(cloud.bucketName())).contents()) {
      ResponseBytes<GetObjectResponse> bytes = cloud.s3Client().getObjectAsBytes(get -> get.bucket(cloud.bucketName())
          .key(object.key()));
      if (bytes.response().contentType() != null && bytes.response().contentType().startsWith("text/html")) {
        pages++;
        assertThat(ExecutableContent.in(bytes.asString(StandardCharsets.UTF_8))).as(object.key()).isEmpty();
      }
    }
    assertThat(pages).isGreaterThan(MarkupPayloads.ALL.size());
    String topicPage = cloud.s3Client().getObjectAsBytes(get -> get.bucket(cloud.bucketName())
        .key("topics/pieges/index.html")).asUtf8String();
    // The markup is shown to readers as the text the editor typed, not dropped.
    assertThat(Jsoup.parse(topicPage).text()).contains(titles.get(titles.size() - 1));
  }

  private static Tokens tokens() throws Exception {
    EditorTokens issuer = cloud.tokens();
    Duration hour = Duration.ofHours(1);
    Instant now = Instant.now();
    JWTClaimsSet.Builder valid = new JWTClaimsSet.Builder().issuer(issuer.issuer()).audience(EditorTokens.AUDIENCE)
        .subject("intrus").claim("name", "Intrus").claim("scope", EditorTokens.WRITE_SCOPE)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(hour)));
    SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
        valid.build());
    hmac.sign(new MACSigner(issuer.publicKey().toJSONString().getBytes(StandardCharsets.UTF_8)));
    return new Tokens(
        issuer.mint("redaction", "Rédaction", List.of(EditorTokens.WRITE_SCOPE), hour),
        issuer.mint("lecteur", "Lecteur", List.of(), hour),
        issuer.mint("redaction", "Rédaction", List.of(EditorTokens.WRITE_SCOPE), Duration.ofMinutes(-5)),
        issuer.mint(new JWTClaimsSet.Builder(valid.build()).notBeforeTime(Date.from(now.plus(hour))).build()),
        EditorTokens.ephemeral().mint("redaction", "Rédaction", List.of(EditorTokens.WRITE_SCOPE), hour),
        issuer.mint(new JWTClaimsSet.Builder(valid.build()).audience("another-api").build()),
        issuer.mint(new JWTClaimsSet.Builder(valid.build()).issuer("https://issuer.example").build()),
        issuer.mint(new JWTClaimsSet.Builder(valid.build()).subject(null).build()),
        new PlainJWT(valid.build()).serialize(),
        hmac.serialize());
  }

  private static JsonNode created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(request + " could not be sent", e);
    }
  }

  private static String cut(String text, int max) {
    return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
  }
}
