package dev.gazette.store;

import static dev.gazette.store.ArticleItem.ARTICLE_ID;
import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.media.MediaUses;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
