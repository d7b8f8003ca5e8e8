package dev.gazette.store;

import static dev.gazette.store.ArticleItem.ARTICLE_ID;
import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ArticleItem.STATUS_INDEX;
import static dev.gazette.store.ArticleItem.STATUS_PK;
import static dev.gazette.store.ArticleItem.STATUS_SK;
import static dev.gazette.store.ArticleItem.UPDATE_INDEX;
import static dev.gazette.store.ArticleItem.UPDATE_PK;
import static dev.gazette.store.ArticleItem.UPDATE_SK;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleQuery;
import dev.gazette.article.ArticleQueryResult;
import dev.gazette.article.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The editors' listings: by status (the ByStatus index), by topic (topic index items, drafts
 * included), or everything (the ByUpdate index), newest change first, a page at a time.
 */
final class ArticleQueries {
  private final DynamoTable table;

  ArticleQueries(DynamoTable table) {
    this.table = table;
  }

  ArticleQueryResult list(ArticleQuery query) {
    if (query.topic() != null) {
      return byTopic(query);
    }
    if (query.status() != null) {
      String partition = ArticleItem.statusPartition(query.status());
      return fromIndex(query, STATUS_INDEX, STATUS_PK, STATUS_SK, partition);
    }
    return fromIndex(query, UPDATE_INDEX, UPDATE_PK, UPDATE_SK, ArticleItem.ALL_ARTICLES);
  }

  /** Scheduled articles due by {@code until}, earliest first (the index sorts them by publishAt). */
  List<Article> scheduledUntil(Instant until, int limit) {
    QueryResponse response = table.dynamo.query(request -> request.tableName(table.name)
        .indexName(STATUS_INDEX)
        .keyConditionExpression("#pk = :pk AND #sk <= :until")
        .expressionAttributeNames(Map.of("#pk", STATUS_PK, "#sk", STATUS_SK))
        .expressionAttributeValues(Map.of(":pk", s(ArticleItem.statusPartition(Status.SCHEDULED)),
            // "~" sorts after every id character: every article due at {@code until} is included.
            ":until", s(ListItems.sortable(until) + "#~")))
        .scanIndexForward(true).limit(limit));
    // The index sorts by the millisecond: leave out an article due later within this one.
    return response.items().stream().map(ArticleItem::fromItem)
        .filter(article -> !article.publishAt().isAfter(until)).toList();
  }

  private ArticleQueryResult fromIndex(ArticleQuery query, String index, String pkName, String skName,
      String partition) {
    Map<String, AttributeValue> start = ArticleCursors.decode(query.cursor(),
        Set.of(PK, SK, pkName, skName), pkName, partition);
    QueryRequest.Builder request = QueryRequest.builder().tableName(table.name).indexName(index)
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", pkName))
        .expressionAttributeValues(Map.of(":pk", s(partition)))
        .scanIndexForward(false).limit(query.limit());
    if (start != null) {
      request.exclusiveStartKey(start);
    }
    QueryResponse response = table.dynamo.query(request.build());
    return new ArticleQueryResult(response.items().stream().map(ArticleItem::fromItem).toList(),
        ArticleCursors.encode(response.lastEvaluatedKey()));
  }

  private ArticleQueryResult byTopic(ArticleQuery query) {
    String partition = ArticleItem.TOPIC_INDEX_PREFIX + query.topic().value();
    Map<String, AttributeValue> start = ArticleCursors.decode(query.cursor(), Set.of(PK, SK), PK, partition);
    Map<String, String> names = new HashMap<>(Map.of("#pk", PK));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
    QueryRequest.Builder request = QueryRequest.builder().tableName(table.name)
        .keyConditionExpression("#pk = :pk").scanIndexForward(false).limit(query.limit())
        .consistentRead(true);
    if (query.status() != null) {
      // Rare combinations read more than they return; a page may then come back short.
      request.filterExpression("#status = :status");
      names.put("#status", "status");
      values.put(":status", s(query.status().wireName()));
    }
    request.expressionAttributeNames(names).expressionAttributeValues(values);
    if (start != null) {
      request.exclusiveStartKey(start);
    }
    QueryResponse response = table.dynamo.query(request.build());
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (Map<String, AttributeValue> item : response.items()) {
      keys.add(ArticleItem.key(item.get(ARTICLE_ID).s()));
    }
    Map<String, Map<String, AttributeValue>> found = table.getAll(keys);
    List<Article> articles = new ArrayList<>();
    for (Map<String, AttributeValue> key : keys) {
      Map<String, AttributeValue> item = found.get(key.get(PK).s());
      if (item != null) {
        articles.add(ArticleItem.fromItem(item));
      }
    }
    return new ArticleQueryResult(articles, ArticleCursors.encode(response.lastEvaluatedKey()));
  }
}
