package dev.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.ArticleQuery;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.faults.FaultInjector;
import dev.gazette.faults.FaultKind;
import dev.gazette.faults.FaultRule;
import dev.gazette.faults.FaultyClients;
import dev.gazette.local.LocalResources;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import dev.gazette.media.MediaDesk;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.DynamoMediaStore;
import dev.gazette.store.DynamoMediaUses;
import dev.gazette.store.DynamoRequestReceipts;
import dev.gazette.store.DynamoTopicDirectory;
import dev.gazette.store.S3UploadSlots;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The editor API against dynoxide while a fifth of its DynamoDB writes are applied and then
 * answered 500 (what a timeout after the write looks like), and while editors send again
 * requests whose answers they lost: nothing is made twice, no edit is lost, every answer is a success.
 */
class EditorApiUnderFaultsIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static final TableDefinition TABLE = StackTemplate.load(
      ProjectRoot.find().resolve("template.yaml"), "gazette-test", Map.of()).table();
  // Never reached: signing an upload is local work, and no test here reprocesses one.
  private static final URI NO_S3 = URI.create("http://127.0.0.1:9");

  private final ObjectMapper json = new ObjectMapper();
  private final FaultInjector faults = new FaultInjector(14, FaultRule.appliedThen500(0.2)
      .on("DynamoDB", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems"));
  private DynamoDbClient dynamo;
  private S3Client s3;
  private S3Presigner presigner;
  private DynamoArticleStore truth;
  private EditorApi api;

  @BeforeEach
  void apiOnAFaultyClient() {
    String table = "articles-" + UUID.randomUUID();
    LocalResources.ensureTable(DYNAMO.client(), new TableDefinition(TABLE.logicalId(), table, TABLE.keySchema(),
        TABLE.attributeDefinitions(), TABLE.streamViewType(), TABLE.globalSecondaryIndexes()));
    dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults);
    s3 = LocalAws.s3Client(NO_S3);
    presigner = S3Presigner.builder().endpointOverride(NO_S3).region(LocalAws.REGION)
        .credentialsProvider(LocalAws.credentials()).build();
    Clock clock = Clock.systemUTC();
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
    ArticleIds ids = new ArticleIds(clock);
    MediaDesk media = new MediaDesk(new DynamoMediaStore(dynamo, table),
        new S3UploadSlots(presigner, s3, "uploads", clock), new DynamoMediaUses(dynamo, table), ids, clock);
    api = new EditorApi(new EditorDesk(new DynamoArticleStore(dynamo, table), ids, clock, site.locale(),
        PictureLibrary.EMPTY), new DynamoTopicDirectory(dynamo, table, site.locale()), media, new SitePaths(site),
        new DynamoRequestReceipts(dynamo, table), clock);
    truth = new DynamoArticleStore(DYNAMO.client(), table);
  }

  @AfterEach
  void close() {
    presigner.close();
    s3.close();
    dynamo.close();
  }

  @Test
  void thirtyCreatesEachSentTwiceMakeThirtyArticlesAndAnswerTheSameTwice() throws Exception {
    Set<String> ids = new HashSet<>();
    for (int i = 1; i <= 30; i++) {
      String key = UUID.randomUUID().toString();
      String body = "{\"title\": \"Dépêche numéro " + i + "\", \"body\": \"Texte " + i + ".\","
          + " \"topics\": [\"Économie\"], \"status\": \"draft\"}";
      APIGatewayV2HTTPResponse first = send("POST /articles", null, Map.of("Idempotency-Key", key), body);
      // The editor's app lost that answer and sends the request again.
      APIGatewayV2HTTPResponse again = send("POST /articles", null, Map.of("Idempotency-Key", key), body);
      assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(201);
      assertThat(again.getStatusCode()).isEqualTo(201);
      assertThat(again.getBody()).isEqualTo(first.getBody());
      ids.add(json.readTree(first.getBody()).get("id").asText());
    }
    assertThat(ids).hasSize(30);
    assertThat(truth.list(new ArticleQuery(null, null, 100, null)).articles()).hasSize(30);
    assertThat(faults.injected(FaultKind.APPLIED_THEN_500)).isPositive();
  }

  @Test
  void twentyEditsEachSentTwiceWithTheirETagAreAllKeptInOrder() throws Exception {
    JsonNode created = json.readTree(send("POST /articles", null, Map.of(),
        "{\"title\": \"Le port\", \"body\": \"Édition 0.\", \"topics\": [\"Économie\"], \"status\": \"draft\"}")
        .getBody());
    String id = created.get("id").asText();
    String etag = "\"1\"";
    StringBuilder text = new StringBuilder("Édition 0.");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      text.append(" Édition ").append(i).append('.');
      String patch = "{\"body\": \"" + text + "\"}";
      Map<String, String> headers = Map.of("If-Match", etag, "Idempotency-Key", "edit-" + i,
          "content-type", "application/merge-patch+json");
      APIGatewayV2HTTPResponse saved = send("PATCH /articles/{id}", id, headers, patch);
      APIGatewayV2HTTPResponse again = send("PATCH /articles/{id}", id, headers, patch);
      statuses.add(saved.getStatusCode());
      statuses.add(again.getStatusCode());
      assertThat(again.getHeaders().get("ETag")).isEqualTo(saved.getHeaders().get("ETag"));
      etag = saved.getHeaders().get("ETag");
    }
    assertThat(statuses).containsOnly(200);
    assertThat(truth.find(id).orElseThrow().body()).isEqualTo(text.toString());
    assertThat(truth.find(id).orElseThrow().version()).isEqualTo(21);
  }

  @Test
  void eightDuplicatesSentAtOnceMakeOneArticleAndEachGetsItOrIsToldToWait() throws Exception {
    String body = "{\"title\": \"Huit fois la même dépêche\", \"body\": \"Texte.\", \"topics\": [\"Économie\"],"
        + " \"status\": \"draft\"}";
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<APIGatewayV2HTTPResponse>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(pool.submit(() -> {
        start.await();
        return send("POST /articles", null, key, body);
      }));
    }
    start.countDown();
    Set<String> created = new HashSet<>();
    for (Future<APIGatewayV2HTTPResponse> answer : answers) {
      APIGatewayV2HTTPResponse response = answer.get();
      assertThat(response.getStatusCode()).as(response.getBody()).isIn(201, 409);
      if (response.getStatusCode() == 201) {
        created.add(json.readTree(response.getBody()).get("id").asText());
      } else {
        assertThat(json.readTree(response.getBody()).get("type").asText())
            .isEqualTo("urn:gazette:problem:request-in-flight");
      }
    }
    pool.shutdown();
    assertThat(created).hasSize(1);
    assertThat(truth.list(new ArticleQuery(null, null, 100, null)).articles()).hasSize(1);
  }

  private APIGatewayV2HTTPResponse send(String routeKey, String id, Map<String, String> extraHeaders, String body) {
    Map<String, String> headers = new HashMap<>(Map.of("content-type", "application/json"));
    headers.putAll(extraHeaders);
    APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
        .withRouteKey(routeKey)
        .withPathParameters(id == null ? null : Map.of("id", id))
        .withHeaders(headers)
        .withBody(body)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                    .withClaims(Map.of("sub", "editor-42", "name", "Nadia Belkacem", "scope", "articles:write"))
                    .build())
                .build())
            .build())
        .build();
    return api.answer(event, UUID.randomUUID().toString());
  }
}
