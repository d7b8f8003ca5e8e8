package dev.gazette.store;

import dev.gazette.article.Article;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Imported articles written in bulk (BatchWriteItem, 25 items a request) in the very shape
 * {@link DynamoArticleStore} writes: the article, its slug claim, its editors' topic index
 * entries and its first revision. An article item written here carries {@link #BULK_IMPORTED},
 * which the Publisher's stream filter (template.yaml) turns away on INSERT: a bulk import does not
 * wake the Publisher once per article, the rebuild that follows renders it. An editor's first save
 * rewrites the item without the mark, so every later change is news as usual.
 */
public final class DynamoArchiveWrites {
  /** The attribute that marks an article item as written by a bulk import (its INSERT is not news). */
  public static final String BULK_IMPORTED = "bulkImported";

  private final DynamoTable table;

  public DynamoArchiveWrites(DynamoDbClient dynamo, String table) {
    this.table = new DynamoTable(dynamo, table);
  }

  /** An article already in the table, and whether it is still as the import wrote it (no editor saved it since). */
  public record Held(Article article, boolean asImported) {}

  /** Which of these articles are in the table (by id), in as few reads as BatchGetItem allows. */
  public Map<String, Held> existing(Collection<String> ids) {
    List<Map<String, AttributeValue>> keys = ids.stream().distinct().map(ArticleItem::key).toList();
    Map<String, Held> found = new HashMap<>();
    table.getAll(keys).forEach((pk, item) -> found.put(pk.substring(ArticleItem.ARTICLE_PREFIX.length()),
        new Held(ArticleItem.fromItem(item), item.containsKey(BULK_IMPORTED))));
    return found;
  }

  /** The article holding each of these slugs, current or former; a free slug is absent. */
  public Map<Slug, String> slugHolders(Collection<Slug> slugs) {
    List<Map<String, AttributeValue>> keys = slugs.stream().distinct().map(ArticleItem::slugKey).toList();
    Map<Slug, String> holders = new HashMap<>();
    table.getAll(keys).forEach((pk, item) ->
        holders.put(new Slug(pk.substring(ArticleItem.SLUG_PREFIX.length())), item.get(ArticleItem.ARTICLE_ID).s()));
    return holders;
  }

  /**
   * The slug claims, topic index entries and first revisions of these new articles (version 1,
   * slugs free or theirs): everything but the article items. Written again, they are the same.
   */
  public void writeCompanions(List<Article> articles) {
    List<WriteRequest> writes = new ArrayList<>();
    for (Article article : articles) {
      writes.add(put(ArticleItem.slugClaim(article.slug(), article.id())));
      for (Topic topic : article.topics()) {
        writes.add(put(ArticleItem.topicIndexItem(topic, article)));
      }
      writes.add(put(RevisionItems.toItem(null, article)));
    }
    table.batchWrite(writes);
  }

  /**
   * The article items, after their companions: an article is in the table only once its slug,
   * index entries and revision are, so an import stopped before is taken up again at it.
   */
  public void writeArticles(List<Article> articles) {
    List<WriteRequest> writes = new ArrayList<>();
    for (Article article : articles) {
      Map<String, AttributeValue> item = new HashMap<>(ArticleItem.toItem(article));
      item.put(BULK_IMPORTED, AttributeValue.fromBool(true));
      writes.add(put(item));
    }
    table.batchWrite(writes);
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(request -> request.item(item)).build();
  }
}
