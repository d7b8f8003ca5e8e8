package dev.gazette.e2e;

import dev.gazette.local.LocalCloud;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What the API owns in the table, read in full: every article item and every slug claim. */
final class ArticleTable {
  private ArticleTable() {}

  /** The items whose key starts with ARTICLE# or SLUG#, by "pk sk". */
  static Map<String, Map<String, AttributeValue>> snapshot(LocalCloud cloud) {
    Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
    cloud.dynamoDbClient().scanPaginator(scan -> scan.tableName(cloud.tableName()).consistentRead(true)
            .filterExpression("begins_with(pk, :article) OR begins_with(pk, :slug)")
            .expressionAttributeValues(Map.of(
                ":article", AttributeValue.fromS("ARTICLE#"), ":slug", AttributeValue.fromS("SLUG#"))))
        .items()
        .forEach(item -> items.put(item.get("pk").s() + " " + item.get("sk").s(), item));
    return items;
  }
}
