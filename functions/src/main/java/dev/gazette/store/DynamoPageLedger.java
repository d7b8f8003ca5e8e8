package dev.gazette.store;

import dev.gazette.publish.PageId;
import dev.gazette.publish.PageLedger;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Page tickets, leases and file hashes in DynamoDB under {@code PAGE#<page>}: tickets are atomic
 * ADDs, the lease a conditional update, and reading a hash here is cheaper than asking S3.
 */
public final class DynamoPageLedger implements PageLedger {
  private static final String PREFIX = "PAGE#";
  private static final String SORT = "PAGE";
  private final DynamoTable table;

  public DynamoPageLedger(DynamoDbClient dynamo, String table) {
    this.table = new DynamoTable(dynamo, table);
  }

  @Override
  public Claim claim(PageId page, String owner, Instant now, Instant leaseUntil) {
    try {
      Map<String, AttributeValue> item = table.dynamo.updateItem(request -> request
          .tableName(table.name).key(key(page))
          .updateExpression("ADD ticket :one SET leaseOwner = :owner, leaseUntil = :until")
          .conditionExpression("attribute_not_exists(leaseUntil) OR leaseUntil < :now")
          .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
              ":owner", AttributeValue.fromS(owner), ":until", millis(leaseUntil), ":now", millis(now)))
          .returnValues(ReturnValue.ALL_NEW)).attributes();
      return new Claim(number(item, "ticket"), true, hashes(item));
    } catch (ConditionalCheckFailedException held) {
      Map<String, AttributeValue> item = table.dynamo.updateItem(request -> request
          .tableName(table.name).key(key(page))
          .updateExpression("ADD ticket :one")
          .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
          .returnValues(ReturnValue.ALL_NEW)).attributes();
      return new Claim(number(item, "ticket"), false, hashes(item));
    }
  }

  @Override
  public OptionalLong release(PageId page, String owner, long ticket, Map<String, String> hashesByKey) {
    Map<String, AttributeValue> hashes = new HashMap<>();
    hashesByKey.forEach((key, hash) -> hashes.put(key, AttributeValue.fromS(hash)));
    try {
      table.dynamo.updateItem(request -> request.tableName(table.name).key(key(page))
          .updateExpression("SET renderedTicket = :ticket, hashes = :hashes REMOVE leaseOwner, leaseUntil")
          .conditionExpression("ticket = :ticket AND leaseOwner = :owner")
          .expressionAttributeValues(Map.of(":ticket", AttributeValue.fromN(Long.toString(ticket)),
              ":hashes", AttributeValue.fromM(hashes), ":owner", AttributeValue.fromS(owner)))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
      return OptionalLong.empty();
    } catch (ConditionalCheckFailedException newer) {
      Map<String, AttributeValue> item = newer.hasItem() ? newer.item() : table.get(PREFIX + page.encode(), SORT);
      return OptionalLong.of(number(item, "ticket"));
    }
  }

  @Override
  public Map<PageId, Status> status(Collection<PageId> pages) {
    Map<String, Map<String, AttributeValue>> items = table.getAll(pages.stream().map(this::key).toList());
    Map<PageId, Status> statuses = new HashMap<>();
    items.forEach((pk, item) -> statuses.put(PageId.parse(pk.substring(PREFIX.length())), new Status(
        number(item, "ticket"), number(item, "renderedTicket"),
        item.containsKey("leaseUntil") ? Instant.ofEpochMilli(number(item, "leaseUntil")) : null)));
    return statuses;
  }

  private Map<String, AttributeValue> key(PageId page) {
    return ListItems.key(PREFIX + page.encode(), SORT);
  }

  /** Epoch milliseconds: numbers compare as times, whatever their precision. */
  private static AttributeValue millis(Instant instant) {
    return AttributeValue.fromN(Long.toString(instant.toEpochMilli()));
  }

  private static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Long.parseLong(value.n());
  }

  private static Map<String, String> hashes(Map<String, AttributeValue> item) {
    Map<String, String> hashes = new HashMap<>();
    if (item.containsKey("hashes")) {
      item.get("hashes").m().forEach((key, hash) -> hashes.put(key, hash.s()));
    }
    return hashes;
  }
}
