package dev.gazette.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.local.ProjectRoot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

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
  void aMissingBinaryTellsWhatToRun() {
    assertThatThrownBy(() -> DynoxideBinary.locate(Map.of(), dataDir))
        .hasMessageContaining("npm install");
  }
}
