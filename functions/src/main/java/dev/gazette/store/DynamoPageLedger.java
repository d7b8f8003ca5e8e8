package dev.gazette.store;

import dev.gazette.publish.PageId;
import dev.gazette.publish.PageLedger;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Page tickets, leases and file hashes in DynamoDB under {@code PAGE#<page>}: tickets are atomic
 * ADDs, the lease a conditional update, and reading a hash here is cheaper than asking S3.
 */
public final class DynamoPageLedger implements PageLedger {
  private static final String PREFIX = "PAGE#";
  private static final String SORT = "PAGE";
  /** TransactWriteItems' limit per request. */
  private static final int TRANSACTION_LIMIT = 100;
  /** Transactions cancelled by other writers before a chunk's pages go one by one. */
  private static final int TRANSACTION_ATTEMPTS = 3;
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

  /**
   * One BatchGetItem and one transaction per 100 pages: each page nobody holds is claimed on
   * condition that its ticket and lease are still what the read saw, so the claim's ticket and
   * the hashes read are known without another read. Pages held by another Publisher are left
   * alone (no ticket taken) and come back without the lease; so do pages another writer kept
   * touching while this tried (after a few cancelled transactions).
   */
  @Override
  public Map<PageId, Claim> claimAll(Collection<PageId> pages, String owner, Instant now, Instant leaseUntil) {
    List<PageId> all = List.copyOf(new LinkedHashSet<>(pages));
    Map<PageId, Claim> claims = new LinkedHashMap<>();
    for (int from = 0; from < all.size(); from += TRANSACTION_LIMIT) {
      claims.putAll(claimChunk(all.subList(from, Math.min(all.size(), from + TRANSACTION_LIMIT)), owner, now,
          leaseUntil));
    }
    return claims;
  }

  private Map<PageId, Claim> claimChunk(List<PageId> pages, String owner, Instant now, Instant leaseUntil) {
    Map<PageId, Claim> claims = new LinkedHashMap<>();
    List<PageId> pending = pages;
    for (int attempt = 0; attempt < TRANSACTION_ATTEMPTS && !pending.isEmpty(); attempt++) {
      Map<String, Map<String, AttributeValue>> seen = table.getAll(pending.stream().map(this::key).toList());
      List<PageId> free = new ArrayList<>();
      List<Map<String, AttributeValue>> seenItems = new ArrayList<>();
      List<TransactWriteItem> updates = new ArrayList<>();
      for (PageId page : pending) {
        Map<String, AttributeValue> item = seen.getOrDefault(PREFIX + page.encode(), Map.of());
        String holder = text(item, "leaseOwner");
        if (holder != null && (owner.equals(holder) || number(item, "leaseUntil") >= now.toEpochMilli())) {
          // Ours already (a retried transaction that was applied), or another Publisher's.
          claims.put(page, new Claim(number(item, "ticket"), owner.equals(holder), hashes(item)));
          continue;
        }
        free.add(page);
        seenItems.add(item);
        updates.add(claimIfUnchanged(page, item, owner, leaseUntil));
      }
      if (updates.isEmpty()) {
        return claims;
      }
      try {
        table.dynamo.transactWriteItems(request -> request.transactItems(updates));
        for (int i = 0; i < free.size(); i++) {
          claims.put(free.get(i), new Claim(number(seenItems.get(i), "ticket") + 1, true, hashes(seenItems.get(i))));
        }
        return claims;
      } catch (TransactionCanceledException cancelled) {
        // Another writer touched some of these pages between the read and the claim: read again.
        pending = free;
      }
    }
    pending.forEach(page -> claims.put(page, new Claim(0, false, Map.of())));
    return claims;
  }

  private TransactWriteItem claimIfUnchanged(PageId page, Map<String, AttributeValue> seen, String owner,
      Instant leaseUntil) {
    Map<String, AttributeValue> values = new HashMap<>(Map.of(
        ":next", AttributeValue.fromN(Long.toString(number(seen, "ticket") + 1)),
        ":owner", AttributeValue.fromS(owner), ":until", millis(leaseUntil)));
    List<String> conditions = new ArrayList<>();
    if (seen.containsKey("ticket")) {
      conditions.add("ticket = :seenTicket");
      values.put(":seenTicket", seen.get("ticket"));
    } else {
      conditions.add("attribute_not_exists(ticket)");
    }
    if (seen.containsKey("leaseOwner")) {
      conditions.add("leaseOwner = :seenOwner AND leaseUntil = :seenUntil");
      values.put(":seenOwner", seen.get("leaseOwner"));
      values.put(":seenUntil", seen.get("leaseUntil"));
    } else {
      conditions.add("attribute_not_exists(leaseOwner)");
    }
    return TransactWriteItem.builder().update(update -> update.tableName(table.name).key(key(page))
        .updateExpression("SET ticket = :next, leaseOwner = :owner, leaseUntil = :until")
        .conditionExpression(String.join(" AND ", conditions))
        .expressionAttributeValues(values)).build();
  }

  /**
   * One transaction per 100 pages releases those whose ticket is still the one rendered; a page
   * whose condition failed (a newer ticket came, or the lease ran out) is released on its own,
   * which tells what happened, as {@link #release} does.
   */
  @Override
  public Map<PageId, Release> releaseAll(Map<PageId, Rendered> pages, String owner) {
    List<PageId> all = List.copyOf(pages.keySet());
    Map<PageId, Release> releases = new LinkedHashMap<>();
    for (int from = 0; from < all.size(); from += TRANSACTION_LIMIT) {
      List<PageId> pending = all.subList(from, Math.min(all.size(), from + TRANSACTION_LIMIT));
      for (int attempt = 0; attempt < TRANSACTION_ATTEMPTS && !pending.isEmpty(); attempt++) {
        List<PageId> chunk = pending;
        List<TransactWriteItem> updates = chunk.stream().map(page -> releaseIfCurrent(page, owner, pages.get(page)))
            .toList();
        try {
          table.dynamo.transactWriteItems(request -> request.transactItems(updates));
          chunk.forEach(page -> releases.put(page, new Release.Done()));
          pending = List.of();
        } catch (TransactionCanceledException cancelled) {
          List<PageId> again = new ArrayList<>();
          for (int i = 0; i < chunk.size(); i++) {
            String code = cancelled.hasCancellationReasons() && i < cancelled.cancellationReasons().size()
                ? cancelled.cancellationReasons().get(i).code() : null;
            if ("ConditionalCheckFailed".equals(code)) {
              PageId page = chunk.get(i);
              releases.put(page, release(page, owner, pages.get(page).ticket(), pages.get(page).hashesByKey()));
            } else {
              again.add(chunk.get(i));
            }
          }
          pending = again;
        }
      }
      pending.forEach(page -> releases.put(page, release(page, owner, pages.get(page).ticket(),
          pages.get(page).hashesByKey())));
    }
    return releases;
  }

  private TransactWriteItem releaseIfCurrent(PageId page, String owner, Rendered rendered) {
    Map<String, AttributeValue> hashes = new HashMap<>();
    rendered.hashesByKey().forEach((key, hash) -> hashes.put(key, AttributeValue.fromS(hash)));
    return TransactWriteItem.builder().update(update -> update.tableName(table.name).key(key(page))
        .updateExpression("SET renderedTicket = :ticket, hashes = :hashes REMOVE leaseOwner, leaseUntil")
        .conditionExpression("ticket = :ticket AND leaseOwner = :owner")
        .expressionAttributeValues(Map.of(":ticket", AttributeValue.fromN(Long.toString(rendered.ticket())),
            ":hashes", AttributeValue.fromM(hashes), ":owner", AttributeValue.fromS(owner)))).build();
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
