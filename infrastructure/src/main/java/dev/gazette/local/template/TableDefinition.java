package dev.gazette.local.template;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** A DynamoDB table as the template declares it, under its local name. */
public record TableDefinition(
    String logicalId,
    String tableName,
    List<KeySchemaElement> keySchema,
    List<AttributeDefinition> attributeDefinitions,
    String streamViewType,
    List<GlobalSecondaryIndex> globalSecondaryIndexes) {

  public TableDefinition {
    keySchema = List.copyOf(keySchema);
    attributeDefinitions = List.copyOf(attributeDefinitions);
    globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
  }
}
