package dev.gazette.store;

import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ListItems.INDEX_PREFIX;
import static dev.gazette.store.ListItems.LINKED_FROM_PREFIX;
import static dev.gazette.store.ListItems.RELATED;
import static dev.gazette.store.ListItems.key;

import dev.gazette.article.ArticleSummary;
import dev.gazette.publish.RelatedLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Related lists and reverse links in DynamoDB: {@code INDEX#<id>/RELATED} holds an article's
 * list, {@code INDEX#<shown>/LINKEDFROM#<id>} says that {@code id}'s page shows {@code shown}.
 */
public final class DynamoRelatedLinks implements RelatedLinks {
  private final DynamoTable table;

  public DynamoRelatedLinks(DynamoDbClient dynamo, String table) {
    this.table = new DynamoTable(dynamo, table);
  }

  @Override
  public Optional<List<ArticleSummary>> related(String articleId) {
    Map<String, AttributeValue> item = table.get(INDEX_PREFIX + articleId, RELATED);
    if (!item.containsKey("articles")) {
      return Optional.empty();
    }
    return Optional.of(item.get("articles").l().stream().map(ListItems::summary).toList());
  }

  @Override
  public Map<String, List<ArticleSummary>> relatedAll(java.util.Collection<String> articleIds) {
    Map<String, List<ArticleSummary>> all = new java.util.LinkedHashMap<>();
    table.getItems(articleIds.stream().map(id -> ListItems.key(INDEX_PREFIX + id, RELATED)).toList()).stream()
        .filter(item -> item.containsKey("articles"))
        .forEach(item -> all.put(item.get("pk").s().substring(INDEX_PREFIX.length()),
            item.get("articles").l().stream().map(ListItems::summary).toList()));
    return all;
  }

  @Override
  public void saveRelated(String articleId, List<ArticleSummary> previous, List<ArticleSummary> related) {
    Set<String> before = new HashSet<>();
    previous.forEach(summary -> before.add(summary.id()));
    Set<String> after = new HashSet<>();
    related.forEach(summary -> after.add(summary.id()));
    List<WriteRequest> writes = new ArrayList<>();
    Map<String, AttributeValue> item = new HashMap<>(key(INDEX_PREFIX + articleId, RELATED));
    item.put("articles", AttributeValue.fromL(related.stream().map(ListItems::summary).toList()));
    writes.add(WriteRequest.builder().putRequest(put -> put.item(item)).build());
    // Every link of the new list is put, not only those gained since the list read: a link
    // another Publisher dropped meanwhile comes back (puts are idempotent, same request).
    for (String shown : after) {
      writes.add(WriteRequest.builder().putRequest(put -> put.item(
          key(INDEX_PREFIX + shown, LINKED_FROM_PREFIX + articleId))).build());
    }
    for (String lost : before) {
      if (!after.contains(lost)) {
        writes.add(WriteRequest.builder().deleteRequest(delete -> delete.key(
            key(INDEX_PREFIX + lost, LINKED_FROM_PREFIX + articleId))).build());
      }
    }
    table.batchWrite(writes);
  }

  @Override
  public void forgetRelated(String articleId) {
    Optional<List<ArticleSummary>> related = related(articleId);
    if (related.isEmpty()) {
      return;
    }
    List<WriteRequest> writes = new ArrayList<>();
    writes.add(WriteRequest.builder().deleteRequest(delete -> delete.key(
        key(INDEX_PREFIX + articleId, RELATED))).build());
    related.get().forEach(summary -> writes.add(WriteRequest.builder().deleteRequest(delete ->
        delete.key(key(INDEX_PREFIX + summary.id(), LINKED_FROM_PREFIX + articleId))).build()));
    table.batchWrite(writes);
  }

  @Override
  public List<String> linkedFrom(String articleId) {
    return table.queryPrefix(INDEX_PREFIX + articleId, LINKED_FROM_PREFIX, false, Integer.MAX_VALUE)
        .stream().map(item -> item.get(SK).s().substring(LINKED_FROM_PREFIX.length())).toList();
  }
}
