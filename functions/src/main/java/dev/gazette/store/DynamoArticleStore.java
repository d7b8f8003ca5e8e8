package dev.gazette.store;

import static dev.gazette.store.ArticleItem.ARTICLE_ID;
import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ArticleItem.VERSION;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleQuery;
import dev.gazette.article.ArticleQueryResult;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.FieldError;
import dev.gazette.article.InvalidQuery;
import dev.gazette.article.RequestReceipt;
import dev.gazette.article.Revision;
import dev.gazette.article.RevisionPage;
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
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Articles in DynamoDB. An article, its slug claim, its entries in the editors' topic index and
 * the revision of the version it writes change in one transaction, so a slug is never held by
 * two articles, a listing never shows an article that is not there, and no saved version is
 * missing from its history.
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

  /** BatchGetItem, strongly consistent like {@link #find}: 100 articles a request. */
  @Override
  public Map<String, Article> findAll(java.util.Collection<String> ids) {
    Map<String, Article> all = new java.util.LinkedHashMap<>();
    new DynamoTable(dynamo, table).getItems(ids.stream().map(ArticleItem::key).toList()).stream()
        .map(ArticleItem::fromItem).forEach(article -> all.put(article.id(), article));
    return all;
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
  public void create(Article article, Optional<RequestReceipt> receipt) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(put(ArticleItem.toItem(article), FREE, Map.of()));
    writes.add(put(ArticleItem.slugClaim(article.slug(), article.id()), FREE, Map.of()));
    addTopicIndex(writes, article);
    writes.add(revision(null, article));
    write(writes, article, article.slug(), receipt);
  }

  @Override
  public void replace(Article previous, Article next, Optional<RequestReceipt> receipt) {
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(put(ArticleItem.toItem(next), AT_VERSION, atVersion(previous)));
    if (!next.slug().equals(previous.slug())) {
      // The old slug stays claimed by this article (a former slug) so that its address can
      // redirect here, until the article is deleted.
      writes.add(put(ArticleItem.slugClaim(next.slug(), next.id()), FREE_OR_MINE,
          Map.of(":id", s(next.id()))));
    }
    removeTopicIndex(writes, previous, next);
    addTopicIndex(writes, next);
    writes.add(revision(previous, next));
    write(writes, previous, next.slug(), receipt);
  }

  @Override
  public RevisionPage revisions(String id, int limit, String cursor) {
    long before = cursor == null ? Long.MAX_VALUE : cursorVersion(cursor);
    QueryResponse response = dynamo.query(request -> request.tableName(table).consistentRead(true)
        .keyConditionExpression("#pk = :pk AND #sk < :before")
        .expressionAttributeNames(RevisionItems.LISTED_NAMES)
        .expressionAttributeValues(Map.of(":pk", s(RevisionItems.partition(id)),
            ":before", s(RevisionItems.sort(before))))
        .projectionExpression(RevisionItems.LISTED)
        .scanIndexForward(false).limit(limit));
    List<Revision> revisions = response.items().stream().map(RevisionItems::entry).toList();
    boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
        && !revisions.isEmpty() && revisions.get(revisions.size() - 1).version() > 1;
    return new RevisionPage(revisions,
        more ? Long.toString(revisions.get(revisions.size() - 1).version()) : null);
  }

  @Override
  public Optional<Article> revision(String id, long version) {
    Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table)
        .key(RevisionItems.key(id, version)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(RevisionItems.article(item));
  }

  /** A version is a cursor: the next page lists the versions older than it. */
  private static long cursorVersion(String cursor) {
    if (cursor.isEmpty() || cursor.length() > 18 || !cursor.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidQuery(List.of(new FieldError("cursor", "is not a cursor from a previous page of this listing")));
    }
    return Long.parseLong(cursor);
  }

  /** Revisions are immutable: one is written once, with its version, and never again. */
  private TransactWriteItem revision(Article previous, Article next) {
    return put(RevisionItems.toItem(previous, next), FREE, Map.of());
  }

  /** Releases every slug the article holds, current and former: a new article may take them. */
  @Override
  public void delete(Article current, Optional<RequestReceipt> receipt) {
    Map<String, AttributeValue> mine = Map.of(":id", s(current.id()));
    List<TransactWriteItem> writes = new ArrayList<>();
    writes.add(delete(ArticleItem.key(current.id()), AT_VERSION, atVersion(current)));
    writes.add(delete(ArticleItem.slugKey(current.slug()), FREE_OR_MINE, mine));
    for (Slug former : current.formerSlugs()) {
      writes.add(delete(ArticleItem.slugKey(former), FREE_OR_MINE, mine));
    }
    removeTopicIndex(writes, current, null);
    write(writes, current, current.slug(), receipt);
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
        writes.add(delete(key, null, Map.of()));
      }
    }
  }

  /**
   * The article's own write comes first, its slug claim second and a request's receipt last:
   * cancellation reasons say which failed. The SDK's retry of an applied transaction is safe: it
   * fills the request token, and DynamoDB answers a repeated token without writing again.
   */
  private void write(List<TransactWriteItem> writes, Article expected, Slug slug, Optional<RequestReceipt> receipt) {
    receipt.ifPresent(kept -> writes.add(ReceiptItems.put(table, kept)));
    try {
      dynamo.transactWriteItems(request -> request.transactItems(writes));
    } catch (TransactionCanceledException cancelled) {
      List<CancellationReason> reasons = cancelled.cancellationReasons();
      // A receipt already kept says the request was made before: that explains any other failure.
      ReceiptCancellation.explain(reasons, writes.size() - 1, receipt);
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

  private TransactWriteItem delete(Map<String, AttributeValue> key, String condition,
      Map<String, AttributeValue> values) {
    Delete.Builder delete = Delete.builder().tableName(table).key(key);
    if (condition != null) {
      delete.conditionExpression(condition).expressionAttributeValues(values);
    }
    return TransactWriteItem.builder().delete(delete.build()).build();
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
