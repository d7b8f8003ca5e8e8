package dev.gazette.store;

import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ArticleItem.UPDATE_INDEX;
import static dev.gazette.store.ArticleItem.UPDATE_PK;
import static dev.gazette.store.ArticleItem.UPDATE_SK;
import static dev.gazette.store.ArticleItem.VERSION;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.RequestReceipt;
import dev.gazette.article.VersionConflict;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The picture library in DynamoDB: one item per picture, each write conditional on its version
 * and safe to retry after DynamoDB applied it (the failed condition shows the item it met).
 */
public final class DynamoMediaStore implements MediaStore {
  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoMediaStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<MediaItem> find(String id) {
    Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table)
        .key(MediaItems.key(id)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(MediaItems.fromItem(item));
  }

  @Override
  public MediaPage list(int limit, String cursor) {
    Map<String, AttributeValue> start = ArticleCursors.decode(cursor,
        Set.of(PK, SK, UPDATE_PK, UPDATE_SK), UPDATE_PK, MediaItems.ALL_MEDIA);
    QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(UPDATE_INDEX)
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", UPDATE_PK))
        .expressionAttributeValues(Map.of(":pk", s(MediaItems.ALL_MEDIA)))
        .scanIndexForward(false).limit(limit);
    if (start != null) {
      request.exclusiveStartKey(start);
    }
    QueryResponse response = dynamo.query(request.build());
    return new MediaPage(response.items().stream().map(MediaItems::fromItem).toList(),
        ArticleCursors.encode(response.lastEvaluatedKey()));
  }

  @Override
  public void create(MediaItem item, Optional<RequestReceipt> receipt) {
    if (receipt.isPresent()) {
      createWithReceipt(item, receipt.get());
      return;
    }
    try {
      // Ids are random: a clash means a replayed create, which must not reset the item.
      dynamo.putItem(request -> request.tableName(table).item(MediaItems.toItem(item))
          .conditionExpression("attribute_not_exists(" + PK + ")")
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException exists) {
      if (!holds(exists, item)) {
        throw exists;
      }
    }
  }

  @Override
  public void replace(MediaItem previous, MediaItem next) {
    try {
      dynamo.putItem(request -> request.tableName(table).item(MediaItems.toItem(next))
          .conditionExpression(VERSION + " = :version")
          .expressionAttributeValues(Map.of(":version", version(previous)))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException changed) {
      if (!holds(changed, next)) {
        throw new VersionConflict(previous.id(), previous.version());
      }
    }
  }

  @Override
  public void delete(MediaItem current) {
    try {
      dynamo.deleteItem(request -> request.tableName(table).key(MediaItems.key(current.id()))
          .conditionExpression(VERSION + " = :version")
          .expressionAttributeValues(Map.of(":version", version(current)))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    } catch (ConditionalCheckFailedException changed) {
      // Gone is what this delete wanted: the SDK retried a delete DynamoDB had already done.
      if (changed.hasItem() && !changed.item().isEmpty()) {
        throw new VersionConflict(current.id(), current.version());
      }
    }
  }

  /** The picture and its receipt in one transaction, whose token makes the SDK's retry safe. */
  private void createWithReceipt(MediaItem item, RequestReceipt receipt) {
    List<TransactWriteItem> writes = List.of(
        TransactWriteItem.builder().put(Put.builder().tableName(table).item(MediaItems.toItem(item))
            .conditionExpression("attribute_not_exists(" + PK + ")").build()).build(),
        ReceiptItems.put(table, receipt));
    try {
      dynamo.transactWriteItems(request -> request.transactItems(writes));
    } catch (TransactionCanceledException cancelled) {
      ReceiptCancellation.explain(cancelled.cancellationReasons(), 1, Optional.of(receipt));
      throw cancelled;
    }
  }

  /**
   * Whether the item that failed the condition is already the one this write wanted: then the
   * SDK retried a write that DynamoDB had applied before its answer was lost, and it succeeded.
   */
  private static boolean holds(ConditionalCheckFailedException failed, MediaItem wanted) {
    return failed.hasItem() && !failed.item().isEmpty() && MediaItems.fromItem(failed.item()).equals(wanted);
  }

  private static AttributeValue version(MediaItem item) {
    return AttributeValue.fromN(Long.toString(item.version()));
  }
}
