package dev.gazette.store;

import static dev.gazette.store.ArticleItem.ARTICLE_ID;
import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.media.MediaUses;
import dev.gazette.publish.PublishedState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Which published articles show a picture, under {@code MEDIAUSE#<media id>} (one item per
 * article): the Publisher writes them, the API reads them before a delete.
 */
public final class DynamoMediaUses implements MediaUses {
  static final String PREFIX = "MEDIAUSE#";
  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoMediaUses(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  /**
   * The writes that bring the uses in line with a new published state: in the state's own
   * transaction, so a crash never leaves a use without its state or the other way round.
   */
  List<TransactWriteItem> changes(String tableName, PublishedState previous, PublishedState next) {
    List<TransactWriteItem> writes = new ArrayList<>();
    for (String added : difference(next.media(), previous.media())) {
      writes.add(TransactWriteItem.builder().put(put -> put.tableName(tableName).item(Map.of(
          PK, s(PREFIX + added), SK, s(next.articleId()), ARTICLE_ID, s(next.articleId())))).build());
    }
    for (String removed : difference(previous.media(), next.media())) {
      writes.add(TransactWriteItem.builder().delete(delete -> delete.tableName(tableName).key(Map.of(
          PK, s(PREFIX + removed), SK, s(next.articleId())))).build());
    }
    return writes;
  }

  private static Set<String> difference(Set<String> from, Set<String> without) {
    Set<String> rest = new TreeSet<>(from);
    rest.removeAll(without);
    return rest;
  }

  @Override
  public Set<String> articlesShowing(String mediaId) {
    Set<String> articles = new LinkedHashSet<>();
    dynamo.queryPaginator(request -> request.tableName(table)
            .keyConditionExpression("#pk = :pk")
            .expressionAttributeNames(Map.of("#pk", PK))
            .expressionAttributeValues(Map.of(":pk", s(PREFIX + mediaId)))
            .consistentRead(true))
        .items().forEach(item -> articles.add(item.get(ARTICLE_ID).s()));
    return articles;
  }
}
