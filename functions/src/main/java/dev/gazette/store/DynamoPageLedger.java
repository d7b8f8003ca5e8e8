package dev.gazette.store;

import dev.gazette.article.PageLedger;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Page tickets and file hashes in DynamoDB under {@code PAGE#<page>}: reading a hash here is
 * cheaper than asking S3, and the ticket counter is an atomic ADD.
 */
public final class DynamoPageLedger implements PageLedger {
  private static final String PREFIX = "PAGE#";
  private static final String SORT = "PAGE";
  private final DynamoTable table;

  public DynamoPageLedger(DynamoDbClient dynamo, String table) {
    this.table = new DynamoTable(dynamo, table);
  }

  @Override
  public Ticket take(String page) {
    Map<String, AttributeValue> item = table.dynamo.updateItem(request -> request
        .tableName(table.name).key(ListItems.key(PREFIX + page, SORT))
        .updateExpression("ADD ticket :one")
        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
        .returnValues(ReturnValue.ALL_NEW)).attributes();
    Map<String, String> hashes = new HashMap<>();
    if (item.containsKey("hashes")) {
      item.get("hashes").m().forEach((key, hash) -> hashes.put(key, hash.s()));
    }
    return new Ticket(Long.parseLong(item.get("ticket").n()), hashes);
  }

  @Override
  public void recordHashes(String page, Map<String, String> hashesByKey) {
    Map<String, AttributeValue> hashes = new HashMap<>();
    hashesByKey.forEach((key, hash) -> hashes.put(key, AttributeValue.fromS(hash)));
    table.dynamo.updateItem(request -> request.tableName(table.name)
        .key(ListItems.key(PREFIX + page, SORT))
        .updateExpression("SET hashes = :hashes")
        .expressionAttributeValues(Map.of(":hashes", AttributeValue.fromM(hashes))));
  }

  @Override
  public Map<String, Long> tickets(Collection<String> pages) {
    Map<String, Map<String, AttributeValue>> items = table.getAll(
        pages.stream().map(page -> ListItems.key(PREFIX + page, SORT)).toList());
    Map<String, Long> tickets = new HashMap<>();
    items.forEach((pk, item) -> tickets.put(pk.substring(PREFIX.length()),
        Long.parseLong(item.get("ticket").n())));
    return tickets;
  }
}
