package dev.gazette.store;

import dev.gazette.article.Article;
import dev.gazette.article.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Every published article, read by a parallel scan of the ByStatus index (articles only, none
 * of the lists and ledgers the table also holds), one page at a time so that a long run can
 * stop and resume from the last key of each segment.
 */
public final class DynamoArticleScan {
  private static final int PAGE_SIZE = 100;
  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoArticleScan(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  /** One page of a segment: its published articles, and where the next page starts (empty at the end). */
  public record Page(List<Article> published, Map<String, String> nextKey) {}

  /** @param startKey where the segment's previous page ended; empty to start at its beginning */
  public Page page(int segment, int segments, Map<String, String> startKey) {
    ScanResponse response = dynamo.scan(request -> {
      request.tableName(table).indexName(ArticleItem.STATUS_INDEX).segment(segment).totalSegments(segments)
          .limit(PAGE_SIZE).filterExpression("#status = :published")
          .expressionAttributeNames(Map.of("#status", "status"))
          .expressionAttributeValues(Map.of(":published", AttributeValue.fromS(Status.PUBLISHED.wireName())));
      if (!startKey.isEmpty()) {
        Map<String, AttributeValue> start = new LinkedHashMap<>();
        startKey.forEach((name, value) -> start.put(name, AttributeValue.fromS(value)));
        request.exclusiveStartKey(start);
      }
    });
    Map<String, String> next = new LinkedHashMap<>();
    if (response.hasLastEvaluatedKey()) {
      // Every key attribute of the table and the index is a string.
      response.lastEvaluatedKey().forEach((name, value) -> next.put(name, value.s()));
    }
    return new Page(response.items().stream().map(ArticleItem::fromItem).toList(), next);
  }
}
