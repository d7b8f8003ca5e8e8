package dev.gazette.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.local.aws.S3Server;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Each kind of fault does what it says, told apart by a write that may be applied only once:
 * a put conditional on the item being absent fails on the SDK's retry only if the first attempt
 * was applied.
 */
class FaultInjectorIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static S3Server s3Server;
  private static S3Client plainS3;
  private String table;
  private String bucket;

  @BeforeAll
  static void startS3() {
    s3Server = S3Server.inMemory(0).start();
    plainS3 = s3Server.client();
  }

  @AfterAll
  static void stopS3() {
    plainS3.close();
    s3Server.close();
  }

  @BeforeEach
  void freshTableAndBucket() {
    table = "faults-" + UUID.randomUUID();
    DYNAMO.client().createTable(request -> request.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
            .attributeType(ScalarAttributeType.S).build())
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
    bucket = "faults-" + UUID.randomUUID();
    plainS3.createBucket(request -> request.bucket(bucket));
  }

  @Test
  void aPutAppliedThenAnswered500IsInTheTableAndItsRetryMeetsItself() {
    FaultInjector faults = new FaultInjector(1, FaultRule.appliedThen500(1).on("DynamoDB", "PutItem").times(1));
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      assertThatThrownBy(() -> putIfAbsent(dynamo, "first"))
          .isInstanceOf(ConditionalCheckFailedException.class);
    }
    assertThat(faults.injected(FaultKind.APPLIED_THEN_500, "PutItem")).isEqualTo(1);
    assertThat(stored("first")).isTrue();
  }

  @Test
  void aPutFailedBeforeSendingIsRetriedAndAppliedOnce() {
    FaultInjector faults = new FaultInjector(1, FaultRule.failBeforeSending(1).on("DynamoDB", "PutItem").times(3));
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      putIfAbsent(dynamo, "first");
    }
    assertThat(faults.injected(FaultKind.FAIL_BEFORE_SENDING)).isEqualTo(3);
    assertThat(stored("first")).isTrue();
  }

  @Test
  void aThrottledPutIsNotAppliedAndItsRetryGoesThrough() {
    FaultInjector faults = new FaultInjector(1, FaultRule.throttled(1).on("DynamoDB", "PutItem").times(2));
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      putIfAbsent(dynamo, "first");
    }
    assertThat(faults.injected(FaultKind.THROTTLED, "PutItem")).isEqualTo(2);
    assertThat(stored("first")).isTrue();
  }

  @Test
  void aThrottledS3PutIsRefusedWithSlowDownUntilTheRetriesRunOut() {
    FaultInjector faults = new FaultInjector(1, FaultRule.throttled(1).on("S3", "PutObject"));
    try (S3Client s3 = FaultyClients.s3(s3Server.endpoint(), faults)) {
      assertThatThrownBy(() -> s3.putObject(request -> request.bucket(bucket).key("page.html"),
          RequestBody.fromString("<p>page</p>")))
          .isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
          });
    }
    assertThat(faults.injected(FaultKind.THROTTLED, "PutObject")).isEqualTo(10);
    assertThat(plainS3.listObjectsV2(request -> request.bucket(bucket)).contents()).isEmpty();
  }

  @Test
  void anS3PutAppliedThenAnswered500IsStoredAndItsConditionalRetryMeetsIt() {
    FaultInjector faults = new FaultInjector(1, FaultRule.appliedThen500(1).on("S3", "PutObject").times(1));
    try (S3Client s3 = FaultyClients.s3(s3Server.endpoint(), faults)) {
      assertThatThrownBy(() -> s3.putObject(request -> request.bucket(bucket).key("page.html").ifNoneMatch("*"),
          RequestBody.fromString("<p>page</p>")))
          .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
    }
    assertThat(plainS3.getObjectAsBytes(request -> request.bucket(bucket).key("page.html")).asString(
        StandardCharsets.UTF_8)).isEqualTo("<p>page</p>");
  }

  @Test
  void aSlowRequestIsHeldBackThenGoesThrough() {
    Duration latency = Duration.ofMillis(300);
    FaultInjector faults = new FaultInjector(1, FaultRule.slow(1, latency).on("DynamoDB", "PutItem").times(1));
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      long start = System.nanoTime();
      putIfAbsent(dynamo, "first");
      // A lower bound only: the pause is a sleep, so the call can never be quicker than it.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(latency);
    }
    assertThat(faults.injected(FaultKind.SLOW)).isEqualTo(1);
    assertThat(stored("first")).isTrue();
  }

  @Test
  void faultsStrikeOnlyTheChosenOperationsAtTheirRateAndTheSameSeedStrikesTheSameAttempts() {
    Map<String, Long> first = twoHundredPutsAndGets(42);
    assertThat(twoHundredPutsAndGets(42)).isEqualTo(first);
    assertThat(first).containsOnlyKeys("APPLIED_THEN_500 DynamoDb.PutItem");
    assertThat(first.get("APPLIED_THEN_500 DynamoDb.PutItem")).isBetween(20L, 80L);
  }

  @Test
  void aPausedInjectorLetsEverythingThrough() {
    FaultInjector faults = new FaultInjector(1, FaultRule.failBeforeSending(1));
    faults.pause();
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      putIfAbsent(dynamo, "first");
    }
    assertThat(faults.injected()).isEmpty();
  }

  private Map<String, Long> twoHundredPutsAndGets(long seed) {
    FaultInjector faults = new FaultInjector(seed, FaultRule.appliedThen500(0.2).on("DynamoDB", "PutItem"));
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      for (int i = 0; i < 200; i++) {
        String key = "item-" + i;
        dynamo.putItem(request -> request.tableName(table).item(Map.of("pk", AttributeValue.fromS(key))));
        dynamo.getItem(request -> request.tableName(table).key(Map.of("pk", AttributeValue.fromS(key))));
      }
    }
    return faults.injected();
  }

  private void putIfAbsent(DynamoDbClient dynamo, String key) {
    dynamo.putItem(request -> request.tableName(table).item(Map.of("pk", AttributeValue.fromS(key)))
        .conditionExpression("attribute_not_exists(pk)"));
  }

  private boolean stored(String key) {
    return DYNAMO.client().getItem(request -> request.tableName(table).key(Map.of("pk", AttributeValue.fromS(key))))
        .hasItem();
  }
}
