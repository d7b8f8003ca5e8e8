package dev.gazette.local.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.gazette.local.LocalResources;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.StreamEventSource;
import dev.gazette.local.template.TableDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

class StreamPollerIT {

  private static final Duration CATCH_UP = Duration.ofSeconds(20);
  private static final String ARTICLES_ONLY = "{\"dynamodb\": {\"Keys\": {\"pk\": {\"S\": [{\"prefix\": \"ARTICLE#\"}]}}}}";

  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();

  @TempDir
  Path dataDir;
  private String table;
  /** Every batch the function received, as lists of pk values. */
  private final List<List<String>> batches = new CopyOnWriteArrayList<>();

  @BeforeEach
  void createTable() {
    // A table name per test: dynoxide replays an older table's stream to a re-created one of the same name.
    table = "T" + UUID.randomUUID().toString().replace("-", "");
    LocalResources.ensureTable(DYNAMO.client(), new TableDefinition("ArticlesTable", table,
        List.of(KeySchemaElement.builder().attributeName("pk").keyType("HASH").build(),
            KeySchemaElement.builder().attributeName("sk").keyType("RANGE").build()),
        List.of(AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
            AttributeDefinition.builder().attributeName("sk").attributeType("S").build()),
        "NEW_AND_OLD_IMAGES", List.of()));
  }

  @Test
  void recordsArriveInWriteOrderInBatchesNoLargerThanTheBatchSize() throws Exception {
    for (int i = 1; i <= 25; i++) {
      put(article(i));
    }
    try (StreamPoller poller = poller(source(10, 5, false, List.of()), succeed()).start()) {
      poller.awaitIdle(CATCH_UP);
    }
    assertThat(delivered()).containsExactlyElementsOf(articles(1, 25));
    assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(10));
    assertThat(batches).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theFunctionSeesKeysImagesAndEventNames() throws Exception {
    List<DynamodbEvent.DynamodbStreamRecord> seen = new CopyOnWriteArrayList<>();
    try (StreamPoller poller = poller(source(10, 5, false, List.of()), event -> {
      seen.addAll(event.getRecords());
      return new StreamsEventResponse();
    }).start()) {
      put(article(1));
      DYNAMO.client().updateItem(u -> u.tableName(table).key(key(article(1)))
          .updateExpression("SET title = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromS("Nouveau"))));
      DYNAMO.client().deleteItem(d -> d.tableName(table).key(key(article(1))));
      poller.awaitIdle(CATCH_UP);
    }
    assertThat(seen).extracting(DynamodbEvent.DynamodbStreamRecord::getEventName)
        .containsExactly("INSERT", "MODIFY", "REMOVE");
    DynamodbEvent.DynamodbStreamRecord modify = seen.get(1);
    assertThat(modify.getEventSource()).isEqualTo("aws:dynamodb");
    assertThat(modify.getEventSourceARN()).contains(table);
    assertThat(modify.getDynamodb().getKeys().get("pk").getS()).isEqualTo(article(1));
    assertThat(modify.getDynamodb().getOldImage().get("title").getS()).isEqualTo("Titre");
    assertThat(modify.getDynamodb().getNewImage().get("title").getS()).isEqualTo("Nouveau");
    assertThat(modify.getDynamodb().getNewImage().get("topics").getSS()).containsExactlyInAnyOrder("a", "b");
    assertThat(modify.getDynamodb().getStreamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
    assertThat(seen.get(2).getDynamodb().getNewImage()).isNull();
  }

  @Test
  void aReportedFailureIsRetriedFromThatRecordWithoutRedeliveringTheOnesBefore() throws Exception {
    for (int i = 1; i <= 8; i++) {
      put(article(i));
    }
    AtomicInteger failuresLeft = new AtomicInteger(1);
    try (StreamPoller poller = poller(source(10, 5, false, List.of()), event -> {
      StreamsEventResponse response = new StreamsEventResponse(new ArrayList<>());
      event.getRecords().stream()
          .filter(r -> r.getDynamodb().getKeys().get("pk").getS().equals(article(5)))
          .filter(r -> failuresLeft.getAndDecrement() > 0)
          .forEach(r -> response.getBatchItemFailures().add(
              new StreamsEventResponse.BatchItemFailure(r.getDynamodb().getSequenceNumber())));
      return response;
    }).start()) {
      poller.awaitIdle(CATCH_UP);
    }
    assertThat(batches.get(0)).containsExactlyElementsOf(articles(1, 8));
    assertThat(batches.get(1)).containsExactlyElementsOf(articles(5, 8));
    assertThat(batches).hasSize(2);
  }

  @Test
  void aThrownExceptionRetriesTheWholeBatch() throws Exception {
    for (int i = 1; i <= 4; i++) {
      put(article(i));
    }
    AtomicInteger failuresLeft = new AtomicInteger(1);
    try (StreamPoller poller = poller(source(10, 5, false, List.of()), event -> {
      if (failuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("S3 is down");
      }
      return new StreamsEventResponse();
    }).start()) {
      poller.awaitIdle(CATCH_UP);
    }
    assertThat(batches).containsExactly(articles(1, 4), articles(1, 4));
  }

  @Test
  void theFilterSkipsRecordsWhoseKeysDoNotMatch() throws Exception {
    try (StreamPoller poller = poller(source(10, 5, false, List.of(ARTICLES_ONLY)), succeed()).start()) {
      put(article(1));
      put("TOPIC#sport");
      put(article(2));
      put("LIST#home");
      poller.awaitIdle(CATCH_UP);
    }
    assertThat(delivered()).containsExactly(article(1), article(2));
  }

  @Test
  void aRecordThatKeepsFailingGoesToTheFailureFileAfterTheLastRetryAndTheOthersGoOn() throws Exception {
    for (int i = 1; i <= 5; i++) {
      put(article(i));
    }
    try (StreamPoller poller = poller(source(10, 2, false, List.of()), event -> {
      StreamsEventResponse response = new StreamsEventResponse(new ArrayList<>());
      event.getRecords().stream()
          .filter(r -> r.getDynamodb().getKeys().get("pk").getS().equals(article(3)))
          .forEach(r -> response.getBatchItemFailures().add(
              new StreamsEventResponse.BatchItemFailure(r.getDynamodb().getSequenceNumber())));
      return response;
    }).start()) {
      poller.awaitIdle(CATCH_UP);
      put(article(6));
      poller.awaitIdle(CATCH_UP);
    }
    assertThat(delivered().stream().filter(article(3)::equals)).hasSize(3);  // first try + 2 retries
    assertThat(delivered()).contains(article(4), article(5), article(6));
    List<String> failed = Files.readAllLines(dataDir.resolve("failed-records.jsonl"));
    assertThat(failed).singleElement().asString()
        .contains("RetryAttemptsExhausted", "\"S\":\"" + article(3) + "\"")
        .doesNotContain(article(4));
  }

  @Test
  void bisectingIsolatesTheRecordThatMakesTheFunctionThrow() throws Exception {
    for (int i = 1; i <= 8; i++) {
      put(article(i));
    }
    try (StreamPoller poller = poller(source(8, 2, true, List.of()), event -> {
      if (event.getRecords().stream().anyMatch(r -> r.getDynamodb().getKeys().get("pk").getS().equals(article(4)))) {
        throw new IllegalStateException("cannot render 4");
      }
      return new StreamsEventResponse();
    }).start()) {
      poller.awaitIdle(CATCH_UP);
    }
    assertThat(batches.get(0)).hasSize(8);
    assertThat(batches.get(1)).hasSize(4);
    List<String> failed = Files.readAllLines(dataDir.resolve("failed-records.jsonl"));
    assertThat(failed).singleElement().asString().contains(article(4))
        .doesNotContain(article(3)).doesNotContain(article(5));
    for (int i : new int[] {1, 2, 3, 5, 6, 7, 8}) {
      assertThat(batches).as("article %d processed in a batch without 4", i)
          .anyMatch(batch -> batch.contains(article(i)) && !batch.contains(article(4)));
    }
  }

  @Test
  void aRestartedPollerResumesAfterItsCheckpoint() throws Exception {
    for (int i = 1; i <= 5; i++) {
      put(article(i));
    }
    try (StreamPoller poller = poller(source(10, 5, false, List.of()), succeed()).start()) {
      poller.awaitIdle(CATCH_UP);
    }
    batches.clear();
    for (int i = 6; i <= 8; i++) {
      put(article(i));
    }
    try (StreamPoller poller = poller(source(10, 5, false, List.of()), succeed()).start()) {
      poller.awaitIdle(CATCH_UP);
    }
    assertThat(delivered()).containsExactlyElementsOf(articles(6, 8));
  }

  private StreamPoller poller(StreamEventSource source, Function<DynamodbEvent, StreamsEventResponse> behaviour) {
    FunctionDefinition definition = new FunctionDefinition("PublisherFunction", "test.Recorder::handleRequest",
        Map.of(), Duration.ofSeconds(30), 1024, List.of(), List.of(source));
    RequestHandler<DynamodbEvent, StreamsEventResponse> handler = (event, context) -> {
      batches.add(event.getRecords().stream().map(r -> r.getDynamodb().getKeys().get("pk").getS()).toList());
      return behaviour.apply(event);
    };
    return new StreamPoller(DYNAMO.client(), DYNAMO.streams(), table, source, new LocalFunction<>(definition, handler), dataDir);
  }

  private static StreamEventSource source(int batchSize, int maxRetries, boolean bisect, List<String> filters) {
    return new StreamEventSource("ArticlesTable", "TRIM_HORIZON", batchSize, Duration.ZERO, maxRetries, -1, bisect,
        true, filters);
  }

  private static Function<DynamodbEvent, StreamsEventResponse> succeed() {
    return event -> new StreamsEventResponse(Collections.emptyList());
  }

  private List<String> delivered() {
    return batches.stream().flatMap(List::stream).toList();
  }

  private void put(String pk) {
    DYNAMO.client().putItem(p -> p.tableName(table).item(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("A"),
        "title", AttributeValue.fromS("Titre"), "topics", AttributeValue.fromSs(List.of("a", "b")))));
  }

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("A"));
  }

  private static String article(int n) {
    return String.format("ARTICLE#%03d", n);
  }

  private static List<String> articles(int from, int to) {
    List<String> names = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      names.add(article(i));
    }
    return names;
  }
}
