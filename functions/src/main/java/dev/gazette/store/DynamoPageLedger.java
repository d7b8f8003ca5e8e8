package dev.gazette.store;

import dev.gazette.publish.PageId;
import dev.gazette.publish.PageLedger;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

  /**
   * One unconditional update takes the ticket and, if nobody holds the page, the lease: a retry
   * of it after it was applied finds the lease already this owner's. Only a lease left by a dead
   * holder costs a second, conditional update.
   */
  @Override
  public Claim claim(PageId page, String owner, Instant now, Instant leaseUntil) {
    Map<String, AttributeValue> item = table.dynamo.updateItem(request -> request
        .tableName(table.name).key(key(page))
        .updateExpression("ADD ticket :one SET leaseOwner = if_not_exists(leaseOwner, :owner),"
            + " leaseUntil = if_not_exists(leaseUntil, :until)")
        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
            ":owner", AttributeValue.fromS(owner), ":until", millis(leaseUntil)))
        .returnValues(ReturnValue.ALL_NEW)).attributes();
    String holder = text(item, "leaseOwner");
    if (owner.equals(holder)) {
      return new Claim(number(item, "ticket"), true, hashes(item));
    }
    if (number(item, "leaseUntil") < now.toEpochMilli()) {
      return takeOver(page, item, owner, leaseUntil);
    }
    return new Claim(number(item, "ticket"), false, hashes(item));
  }

  /** Takes a lease that ran out from the holder seen in {@code seen}, unless another was faster. */
  private Claim takeOver(PageId page, Map<String, AttributeValue> seen, String owner, Instant leaseUntil) {
    try {
      Map<String, AttributeValue> item = table.dynamo.updateItem(request -> request
          .tableName(table.name).key(key(page))
          .updateExpression("SET leaseOwner = :owner, leaseUntil = :until")
          .conditionExpression("leaseOwner = :seenOwner AND leaseUntil = :seenUntil")
          .expressionAttributeValues(Map.of(":owner", AttributeValue.fromS(owner),
              ":until", millis(leaseUntil), ":seenOwner", seen.get("leaseOwner"),
              ":seenUntil", seen.get("leaseUntil")))
          .returnValues(ReturnValue.ALL_NEW)
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes();
      return new Claim(number(item, "ticket"), true, hashes(item));
    } catch (ConditionalCheckFailedException taken) {
      Map<String, AttributeValue> item = current(page, taken);
      // Our own take-over, applied on an earlier try of this same call, also fails the condition.
      return new Claim(Math.max(number(item, "ticket"), number(seen, "ticket")),
          owner.equals(text(item, "leaseOwner")), hashes(item));
    }
  }

  /**
   * Releases only if no newer ticket came; when the condition fails, the item tells why: a
   * newer ticket (still ours), our own release applied on an earlier try (rendered up to our
   * ticket), or a lease lost after it ran out.
   */
  @Override
  public Release release(PageId page, String owner, long ticket, Map<String, String> hashesByKey) {
    Map<String, AttributeValue> hashes = new HashMap<>();
    hashesByKey.forEach((key, hash) -> hashes.put(key, AttributeValue.fromS(hash)));
    try {
      table.dynamo.updateItem(request -> request.tableName(table.name).key(key(page))
          .updateExpression("SET renderedTicket = :ticket, hashes = :hashes REMOVE leaseOwner, leaseUntil")
          .conditionExpression("ticket = :ticket AND leaseOwner = :owner")
          .expressionAttributeValues(Map.of(":ticket", AttributeValue.fromN(Long.toString(ticket)),
              ":hashes", AttributeValue.fromM(hashes), ":owner", AttributeValue.fromS(owner)))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
      return new Release.Done();
    } catch (ConditionalCheckFailedException failed) {
      Map<String, AttributeValue> item = current(page, failed);
      String holder = text(item, "leaseOwner");
      if (owner.equals(holder)) {
        return new Release.Newer(number(item, "ticket"));
      }
      if (number(item, "renderedTicket") >= ticket) {
        return new Release.Done();
      }
      return new Release.Lost(holder);
    }
  }

  private Map<String, AttributeValue> current(PageId page, ConditionalCheckFailedException failed) {
    return failed.hasItem() ? failed.item() : table.get(PREFIX + page.encode(), SORT);
  }

  @Override
  public Map<PageId, Status> status(Collection<PageId> pages) {
    Map<String, Map<String, AttributeValue>> items = table.getAll(pages.stream().map(this::key).toList());
    Map<PageId, Status> statuses = new HashMap<>();
    items.forEach((pk, item) -> statuses.put(PageId.parse(pk.substring(PREFIX.length())), new Status(
        number(item, "ticket"), number(item, "renderedTicket"), text(item, "leaseOwner"),
        item.containsKey("leaseUntil") ? Instant.ofEpochMilli(number(item, "leaseUntil")) : null,
        hashes(item))));
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

  private static String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  private static Map<String, String> hashes(Map<String, AttributeValue> item) {
    Map<String, String> hashes = new HashMap<>();
    if (item.containsKey("hashes")) {
      item.get("hashes").m().forEach((key, hash) -> hashes.put(key, hash.s()));
    }
    return hashes;
  }
}
