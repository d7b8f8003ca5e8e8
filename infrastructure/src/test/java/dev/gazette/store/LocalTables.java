package dev.gazette.store;

import dev.gazette.local.LocalResources;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Creates tables shaped as template.yaml declares the article table, each under a new name. */
final class LocalTables {
  private static final TableDefinition DEFINITION = StackTemplate.load(
      ProjectRoot.find().resolve("template.yaml"), "gazette-test", Map.of()).table();

  private LocalTables() {}

  /** A fresh table: dynoxide keeps a recreated table's old stream, so names are never reused. */
  static String create(DynamoDbClient dynamo) {
    String table = "articles-" + UUID.randomUUID();
    LocalResources.ensureTable(dynamo, new TableDefinition(DEFINITION.logicalId(), table,
        DEFINITION.keySchema(), DEFINITION.attributeDefinitions(), DEFINITION.streamViewType(),
        DEFINITION.globalSecondaryIndexes()));
    return table;
  }
}
