package dev.gazette.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The single table and the few read and batch patterns every adapter over it shares. */
final class DynamoTable {
  /** BatchWriteItem's limit per request. */
  private static final int BATCH_WRITE_LIMIT = 25;
  /** BatchGetItem's limit per request. */
  private static final int BATCH_GET_LIMIT = 100;

  final DynamoDbClient dynamo;
  final String name;

  DynamoTable(DynamoDbClient dynamo, String name) {
    this.dynamo = dynamo;
    this.name = name;
  }

  /** A strongly consistent read: the Publisher must never render an older state than it saw. */
  Map<String, AttributeValue> get(String pk, String sk) {
    Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(name)
        .key(ListItems.key(pk, sk)).consistentRead(true)).item();
    return item == null ? Map.of() : item;
  }

  /**
   * Several items by key in as few requests as BatchGetItem allows (100 keys), keyed by their
   * partition key; missing items are absent.
   */
  Map<String, Map<String, AttributeValue>> getAll(List<Map<String, AttributeValue>> keys) {
    Map<String, Map<String, AttributeValue>> found = new HashMap<>();
    getItems(keys).forEach(item -> found.put(item.get(ArticleItem.PK).s(), item));
    return found;
  }

  /** Several items by key in as few requests as BatchGetItem allows, strongly consistent; missing items are absent. */
  List<Map<String, AttributeValue>> getItems(List<Map<String, AttributeValue>> keys) {
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
      List<Map<String, AttributeValue>> pending = keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT));
      for (int attempt = 0; !pending.isEmpty(); attempt++) {
        if (attempt > 0) {
          backOff(attempt);
        }
        KeysAndAttributes request = KeysAndAttributes.builder().keys(pending).consistentRead(true).build();
        BatchGetItemResponse response = dynamo.batchGetItem(batch -> batch.requestItems(Map.of(name, request)));
        found.addAll(response.responses().getOrDefault(name, List.of()));
        KeysAndAttributes unprocessed = response.unprocessedKeys().get(name);
        pending = unprocessed == null ? List.of() : unprocessed.keys();
      }
    }
    return found;
  }

  /** Items under {@code pk} whose sort key starts with {@code prefix}, in order, at most {@code limit}. */
  List<Map<String, AttributeValue>> queryPrefix(String pk, String prefix, boolean newestFirst, int limit) {
    return query(builder -> builder
        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
        .expressionAttributeValues(Map.of(":pk", ArticleItem.s(pk), ":prefix", ArticleItem.s(prefix)))
        .scanIndexForward(!newestFirst), limit);
  }

  /** Items under {@code pk} with a sort key in {@code [from, to]}, newest first, at most {@code limit}. */
  List<Map<String, AttributeValue>> queryBetween(String pk, String from, String to, int limit) {
    return query(builder -> builder
        .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
        .expressionAttributeValues(Map.of(":pk", ArticleItem.s(pk), ":from", ArticleItem.s(from),
            ":to", ArticleItem.s(to)))
        .scanIndexForward(false), limit);
  }

  private List<Map<String, AttributeValue>> query(Consumer<QueryRequest.Builder> condition, int limit) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryRequest.Builder builder = QueryRequest.builder().tableName(name).consistentRead(true)
          .limit(Math.min(limit - items.size(), 1000));
      condition.accept(builder);
      if (start != null) {
        builder.exclusiveStartKey(start);
      }
      QueryResponse response = dynamo.query(builder.build());
      items.addAll(response.items());
      start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
          ? response.lastEvaluatedKey() : null;
    } while (start != null && items.size() < limit);
    return items;
  }

  /** Writes all requests, 25 at a time, retrying what DynamoDB hands back unprocessed. */
  void batchWrite(List<WriteRequest> writes) {
    for (int from = 0; from < writes.size(); from += BATCH_WRITE_LIMIT) {
      List<WriteRequest> pending = writes.subList(from, Math.min(writes.size(), from + BATCH_WRITE_LIMIT));
      for (int attempt = 0; !pending.isEmpty(); attempt++) {
        if (attempt > 0) {
          backOff(attempt);
        }
        Map<String, List<WriteRequest>> request = Map.of(name, pending);
        pending = dynamo.batchWriteItem(batch -> batch.requestItems(request))
            .unprocessedItems().getOrDefault(name, List.of());
      }
    }
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(Math.min(1000, 25L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
