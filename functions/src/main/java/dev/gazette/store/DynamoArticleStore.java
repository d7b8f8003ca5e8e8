package dev.gazette.store;

import static dev.gazette.store.ArticleItem.ARTICLE_ID;
import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.VERSION;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleQuery;
import dev.gazette.article.ArticleQueryResult;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.Slug;
import dev.gazette.article.SlugTaken;
import dev.gazette.article.Topic;
import dev.gazette.article.VersionConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Articles in DynamoDB. An article, its slug claim and its entries in the editors' topic index
 * change in one transaction, so a slug is never held by two articles and a listing never shows
 * an article that is not there.
 */
public final class DynamoArticleStore implements ArticleStore {
  private static final String FREE = "attribute_not_exists(" + PK + ")";
  private static final String AT_VERSION = VERSION + " = :version";
  private static final String FREE_OR_MINE = FREE + " OR " + ARTICLE_ID + " = :id";

  private final DynamoDbClient dynamo;
  private final String table;
  private final ArticleQueries listings;

  public DynamoArticleStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
    this.listings = new ArticleQueries(new DynamoTable(dynamo, table));
  }

  @Override
  public Optional<Article> find(String id) {
    // Consistent: an editor reads their own write, and the Publisher must not render an older state.
    Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table)
        .key(ArticleItem.key(id)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ArticleItem.fromItem(item));
  }

  @Override
  public Optional<String> idBySlug(Slug slug) {
    Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table)
        .key(ArticleItem.slugKey(slug)).consistentRead(true)).item();
    return item == null || item.isEmpty()
        ? Optional.empty()
        : Optional.of(item.get(ARTICLE_ID).s());
  }

  @Override
  public ArticleQueryResult list(ArticleQuery query) {
    return listings.list(query);
  }

  @Override
  public List<Article> scheduledUntil(Instant until, int limit) {
    return listings.scheduledUntil(until, limit);
  }

  @Override
  public void create(Article article) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(put(ArticleItem.toItem(article), FREE, Map.of()));
    writes.add(put(ArticleItem.slugClaim(article.slug(), article.id()), FREE, Map.of()));
    addTopicIndex(writes, article);
    write(writes, article, article.slug());
  }

  @Override
  public void replace(Article previous, Article next) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(put(ArticleItem.toItem(next), AT_VERSION, atVersion(previous)));
    if (!next.slug().equals(previous.slug())) {
      // The old slug stays claimed by this article, so its address can redirect here.
      writes.add(put(ArticleItem.slugClaim(next.slug(), next.id()), FREE_OR_MINE,
          Map.of(":id", s(next.id()))));
    }
    removeTopicIndex(writes, previous, next);
    addTopicIndex(writes, next);
    write(writes, previous, next.slug());
  }

  @Override
  public void delete(Article current) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
        .key(ArticleItem.key(current.id()))
        .conditionExpression(AT_VERSION)
        .expressionAttributeValues(atVersion(current)).build()).build());
    writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
        .key(ArticleItem.slugKey(current.slug()))
        .conditionExpression(FREE_OR_MINE)
        .expressionAttributeValues(Map.of(":id", s(current.id()))).build()).build());
    removeTopicIndex(writes, current, null);
    write(writes, current, current.slug());
  }

  private void addTopicIndex(List<TransactWriteItem> writes, Article article) {
    for (Topic topic : article.topics()) {
      writes.add(put(ArticleItem.topicIndexItem(topic, article), null, Map.of()));
    }
  }

  /** Removes the old entries, except those {@code next} rewrites (a transaction may touch an item once). */
  private void removeTopicIndex(List<TransactWriteItem> writes, Article article, Article next) {
    Set<Map<String, AttributeValue>> kept = new HashSet<>();
    if (next != null) {
      next.topics().forEach(topic -> kept.add(ArticleItem.topicIndexKey(topic, next)));
    }
    for (Topic topic : article.topics()) {
      Map<String, AttributeValue> key = ArticleItem.topicIndexKey(topic, article);
      if (!kept.contains(key)) {
        writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
            .key(key).build()).build());
      }
    }
  }

  /** The article's own write comes first and its slug claim second: cancellation reasons say which failed. */
  private void write(List<TransactWriteItem> writes, Article expected, Slug slug) {
    try {
      dynamo.transactWriteItems(request -> request.transactItems(writes));
    } catch (TransactionCanceledException cancelled) {
      List<CancellationReason> reasons = cancelled.cancellationReasons();
      if (failed(reasons, 0)) {
        throw new VersionConflict(expected.id(), expected.version());
      }
      if (failed(reasons, 1)) {
        throw new SlugTaken(slug);
      }
      throw cancelled;
    }
  }

  private static boolean failed(List<CancellationReason> reasons, int index) {
    return reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
  }

  private TransactWriteItem put(Map<String, AttributeValue> item, String condition,
      Map<String, AttributeValue> values) {
    Put.Builder put = Put.builder().tableName(table).item(item);
    if (condition != null) {
      put.conditionExpression(condition);
    }
    if (!values.isEmpty()) {
      put.expressionAttributeValues(values);
    }
    return TransactWriteItem.builder().put(put.build()).build();
  }

  private static Map<String, AttributeValue> atVersion(Article article) {
    return Map.of(":version", AttributeValue.fromN(Long.toString(article.version())));
  }
}
