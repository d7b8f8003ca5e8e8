package dev.gazette.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.local.ProjectRoot;
import dev.gazette.local.http.FreePort;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

class DynoxideIT {

  @TempDir
  Path dataDir;

  @Test
  void itemsWrittenBeforeARestartAreStillThereAfterIt() {
    Path binary = DynoxideBinary.locate(System.getenv(), ProjectRoot.find());
    Path dbFile = dataDir.resolve("dynamodb.sqlite");
    try (Dynoxide dynoxide = new Dynoxide(binary, dbFile, 0).start();
        DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint())) {
      dynamo.createTable(t -> t.tableName("Notes").billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
              .attributeType(ScalarAttributeType.S).build())
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
      dynamo.putItem(p -> p.tableName("Notes").item(Map.of("pk", AttributeValue.fromS("a"),
          "text", AttributeValue.fromS("kept"))));
    }
    try (Dynoxide dynoxide = new Dynoxide(binary, dbFile, 0).start();
        DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint())) {
      Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName("Notes")
          .key(Map.of("pk", AttributeValue.fromS("a")))).item();
      assertThat(item.get("text").s()).isEqualTo("kept");
    }
  }

  @Test
  void theStreamIsReadInOrderThroughAnIndexSoAWriteDoesNotScanTheWholeStream() throws Exception {
    Path dbFile = dataDir.resolve("dynamodb.sqlite");
    try (Dynoxide dynoxide = new Dynoxide(binary(), dbFile, 0).start();
        DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint());
        DynamoDbStreamsClient streams = LocalAws.streamsClient(dynoxide.endpoint())) {
      String arn = dynamo.createTable(t -> t.tableName("Notes").billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
              .attributeType(ScalarAttributeType.S).build())
          .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
          .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)))
          .tableDescription().latestStreamArn();
      for (int i = 0; i < 12; i++) {
        String key = "note-" + i;
        dynamo.putItem(p -> p.tableName("Notes").item(Map.of("pk", AttributeValue.fromS(key))));
      }
      String shard = streams.describeStream(d -> d.streamArn(arn)).streamDescription().shards().get(0).shardId();
      String iterator = streams.getShardIterator(g -> g.streamArn(arn).shardId(shard)
          .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
      List<String> keys = streams.getRecords(r -> r.shardIterator(iterator)).records().stream()
          .map(record -> record.dynamodb().keys().get("pk").s()).toList();
      assertThat(keys).containsExactlyElementsOf(IntStream.range(0, 12).mapToObj(i -> "note-" + i).toList());

      try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
          ResultSet plan = db.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT MAX(CAST(sequence_number"
              + " AS INTEGER)) FROM _stream_records WHERE table_name = 'Notes'")) {
        assertThat(plan.next()).isTrue();
        assertThat(plan.getString("detail")).contains(DynoxideStreamIndex.NAME);
      }
    }
  }

  @Test
  void anEmulatorLeftByACloudThatIsGoneIsStoppedBeforeANewOneServesTheDatabase() throws Exception {
    Path dbFile = dataDir.resolve("dynamodb.sqlite");
    Process orphan = new ProcessBuilder(binary().toString(), "serve", "--port", String.valueOf(FreePort.pick()),
        "--db-path", dbFile.toString()).start();
    try {
      claim(dbFile, orphan.toHandle());
      try (Dynoxide dynoxide = new Dynoxide(binary(), dbFile, 0).start();
          DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint())) {
        assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).as("the orphan was stopped").isTrue();
        assertThat(EmulatorProcesses.serving(dbFile)).containsExactly(dynoxide.process());
        assertThat(dynamo.listTables().tableNames()).isEmpty();
      }
      assertThat(EmulatorProcesses.serving(dbFile)).isEmpty();
      assertThat(new DynoxidePidFile(dbFile).file()).doesNotExist();
    } finally {
      orphan.destroyForcibly();
    }
  }

  @Test
  void aPidFileNamingAnotherProgramNeverStopsIt() throws Exception {
    Path dbFile = dataDir.resolve("dynamodb.sqlite");
    Process other = new ProcessBuilder("sleep", "60").start();
    try {
      claim(dbFile, other.toHandle());
      try (Dynoxide dynoxide = new Dynoxide(binary(), dbFile, 0).start()) {
        assertThat(other.isAlive()).as("a process whose command line is not this database's dynoxide").isTrue();
      }
    } finally {
      other.destroyForcibly();
    }
  }

  @Test
  void aSecondEmulatorOfADatabaseInUseIsRefusedAndTheFirstGoesOn() {
    Path dbFile = dataDir.resolve("dynamodb.sqlite");
    try (Dynoxide first = new Dynoxide(binary(), dbFile, 0).start()) {
      assertThatThrownBy(() -> new Dynoxide(binary(), dbFile, 0).start())
          .hasMessageContaining("is in use by dynoxide (pid " + first.process().pid() + ")")
          .hasMessageContaining("process " + ProcessHandle.current().pid());
      assertThat(EmulatorProcesses.serving(dbFile)).containsExactly(first.process());
    }
  }

  /** Writes the pid file as a local cloud would have before being killed: its JVM is gone. */
  private static void claim(Path dbFile, ProcessHandle emulator) throws Exception {
    Process owner = new ProcessBuilder("true").start();
    owner.waitFor();
    new DynoxidePidFile(dbFile).write(new DynoxidePidFile.Entry(emulator.pid(),
        emulator.info().startInstant().map(Instant::toString).orElse(null), owner.pid(), Instant.EPOCH.toString(),
        dbFile.toString()));
  }

  private static Path binary() {
    return DynoxideBinary.locate(System.getenv(), ProjectRoot.find());
  }

  @Test
  void aMissingBinaryTellsWhatToRun() {
    assertThatThrownBy(() -> DynoxideBinary.locate(Map.of(), dataDir))
        .hasMessageContaining("npm install");
  }
}
