package dev.gazette.store;

import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ArticleItem.s;
import static dev.gazette.store.ListItems.ENTRY_PREFIX;
import static dev.gazette.store.ListItems.INDEX_PREFIX;
import static dev.gazette.store.ListItems.MONTH_PREFIX;
import static dev.gazette.store.ListItems.SIZE;
import static dev.gazette.store.ListItems.STATE;
import static dev.gazette.store.ListItems.key;
import static dev.gazette.store.ListItems.listKey;

import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.publish.ArticleLists;
import dev.gazette.publish.ArticleLists.Change;
import dev.gazette.publish.ConcurrentPublish;
import dev.gazette.publish.ListChange;
import dev.gazette.publish.ListEntry;
import dev.gazette.publish.ListId;
import dev.gazette.publish.PublishedState;
import dev.gazette.site.ArchiveMonth;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The Publisher's lists in DynamoDB. A change to an article's lists, their counts and its
 * published state is one transaction, so a crash or a replay never counts an article twice.
 */
public final class DynamoArticleLists implements ArticleLists {
  /** The authors' directory: one small item per author with a published count, like topics'. */
  static final String AUTHORS = "AUTHORS";
  static final String AUTHOR_PREFIX = "AUTHOR#";
  /** TransactWriteItems' limit. */
  static final int TRANSACTION_ITEMS = 100;
  private final DynamoTable table;
  private final DynamoMediaUses mediaUses;

  public DynamoArticleLists(DynamoDbClient dynamo, String table) {
    this.table = new DynamoTable(dynamo, table);
    this.mediaUses = new DynamoMediaUses(dynamo, table);
  }

  @Override
  public Set<String> articlesShowing(String mediaId) {
    return mediaUses.articlesShowing(mediaId);
  }

  @Override
  public PublishedState state(String articleId) {
    return ListItems.state(articleId, table.get(INDEX_PREFIX + articleId, STATE));
  }

  @Override
  public Map<String, PublishedState> states(Collection<String> articleIds) {
    Map<String, Map<String, AttributeValue>> items = new HashMap<>();
    table.getItems(articleIds.stream().map(id -> key(INDEX_PREFIX + id, STATE)).toList())
        .forEach(item -> items.put(item.get("pk").s(), item));
    Map<String, PublishedState> all = new LinkedHashMap<>();
    articleIds.forEach(id -> all.put(id, ListItems.state(id, items.getOrDefault(INDEX_PREFIX + id, Map.of()))));
    return all;
  }

  @Override
  public void apply(PublishedState previous, List<ListChange> changes, PublishedState next) {
    Map<String, Counter> counters = new LinkedHashMap<>();
    List<TransactWriteItem> writes = writesOf(new Change(previous, changes, next), counters);
    try {
      transact(writes, counters);
    } catch (TransactionCanceledException cancelled) {
      throw new ConcurrentPublish(next.articleId());
    }
  }

  /**
   * Several articles' changes in shared transactions of at most {@link #TRANSACTION_ITEMS} items,
   * their counters summed (a transaction may not touch an item twice); a transaction another
   * writer got in the way of is undone whole and its changes applied one by one.
   */
  @Override
  public List<String> applyAll(List<Change> changes) {
    List<String> applied = new ArrayList<>();
    List<Change> group = new ArrayList<>();
    List<TransactWriteItem> writes = new ArrayList<>();
    Map<String, Counter> counters = new LinkedHashMap<>();
    for (Change change : changes) {
      Map<String, Counter> together = new LinkedHashMap<>();
      counters.forEach((key, counter) -> together.put(key, counter.copy()));
      List<TransactWriteItem> own = writesOf(change, together);
      if (!group.isEmpty() && writes.size() + own.size() + meaningful(together) > TRANSACTION_ITEMS) {
        applied.addAll(applyGroup(group, writes, counters));
        group.clear();
        writes = new ArrayList<>();
        counters = new LinkedHashMap<>();
        own = writesOf(change, counters);
      } else {
        counters = together;
      }
      group.add(change);
      writes.addAll(own);
    }
    if (!group.isEmpty()) {
      applied.addAll(applyGroup(group, writes, counters));
    }
    return applied;
  }

  private List<String> applyGroup(List<Change> group, List<TransactWriteItem> writes, Map<String, Counter> counters) {
    try {
      transact(writes, counters);
      return group.stream().map(change -> change.next().articleId()).toList();
    } catch (TransactionCanceledException cancelled) {
      return ArticleLists.super.applyAll(group);
    }
  }

  private void transact(List<TransactWriteItem> writes, Map<String, Counter> counters) {
    List<TransactWriteItem> all = new ArrayList<>(writes);
    counters.values().stream().filter(Counter::matters).forEach(counter -> all.add(counter.write(table.name)));
    table.dynamo.transactWriteItems(request -> request.transactItems(all));
  }

  private static long meaningful(Map<String, Counter> counters) {
    return counters.values().stream().filter(Counter::matters).count();
  }

  /** The change's own items (entries, state, picture uses); its counts go into {@code counters}. */
  private List<TransactWriteItem> writesOf(Change change, Map<String, Counter> counters) {
    List<TransactWriteItem> writes = new ArrayList<>();
    for (ListChange listChange : change.changes()) {
      String pk = listKey(listChange.list());
      if (listChange.removes()) {
        writes.add(TransactWriteItem.builder().delete(delete -> delete.tableName(table.name)
            .key(key(pk, ListItems.entrySortKey(listChange.entry().summary())))).build());
      } else {
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table.name)
            .item(ListItems.entryItem(listChange.list(), listChange.entry()))).build());
      }
      counters.computeIfAbsent(pk + "|" + MONTH_PREFIX + listChange.month(),
          k -> new Counter(pk, MONTH_PREFIX + listChange.month())).add(listChange);
      counters.computeIfAbsent(pk + "|" + SIZE, k -> new Counter(pk, SIZE)).add(listChange);
      listChange.list().topic().ifPresent(topic -> counters.computeIfAbsent("TOPICS|" + topic,
          k -> new Counter(DynamoTopicDirectory.PARTITION, DynamoTopicDirectory.PREFIX + topic.value(),
              topicName(listChange, topic)))
          .add(listChange));
      listChange.list().author().ifPresent(author -> counters.computeIfAbsent("AUTHORS|" + author,
          k -> new Counter(AUTHORS, AUTHOR_PREFIX + author.value(), listChange.entry().summary().author().strip()))
          .add(listChange));
    }
    PublishedState previous = change.previous();
    Put.Builder state = Put.builder().tableName(table.name).item(ListItems.stateItem(change.next()));
    if (previous.revision() == 0) {
      state.conditionExpression("attribute_not_exists(" + PK + ")");
    } else {
      state.conditionExpression("revision = :revision").expressionAttributeValues(
          Map.of(":revision", AttributeValue.fromN(Long.toString(previous.revision()))));
    }
    writes.add(TransactWriteItem.builder().put(state.build()).build());
    writes.addAll(mediaUses.changes(table.name, previous, change.next()));
    return writes;
  }

  @Override
  public List<ListEntry> latest(ListId list, int limit) {
    return entries(table.queryPrefix(listKey(list), ENTRY_PREFIX, true, limit));
  }

  @Override
  public List<ListEntry> between(ListId list, Instant from, Instant to, int limit) {
    // "AT#<to>" sorts before every "AT#<to>#<id>": the upper bound is exclusive.
    return entries(table.queryBetween(listKey(list), ENTRY_PREFIX + ListItems.sortable(from),
        ENTRY_PREFIX + ListItems.sortable(to), limit));
  }

  @Override
  public List<ArchiveMonth> months(ListId list) {
    List<ArchiveMonth> months = new ArrayList<>();
    // One bucket a month: a century of archive is 1 200 small items.
    table.queryPrefix(listKey(list), MONTH_PREFIX, true, Integer.MAX_VALUE).forEach(item -> {
      long count = Long.parseLong(item.get("count").n());
      if (count > 0) {
        months.add(new ArchiveMonth(
            YearMonth.parse(item.get(SK).s().substring(MONTH_PREFIX.length())), count,
            Instant.parse(item.get("lastModified").s())));
      }
    });
    return months;
  }

  @Override
  public List<Slug> authors() {
    return table.queryPrefix(AUTHORS, AUTHOR_PREFIX, false, Integer.MAX_VALUE).stream()
        .filter(item -> Long.parseLong(item.get("count").n()) > 0)
        .map(item -> new Slug(item.get(SK).s().substring(AUTHOR_PREFIX.length()))).toList();
  }

  @Override
  public Map<ListId, Long> sizes(Collection<ListId> lists) {
    Map<String, Map<String, AttributeValue>> items = table.getAll(
        lists.stream().map(list -> ListItems.key(listKey(list), SIZE)).toList());
    Map<ListId, Long> sizes = new HashMap<>();
    for (ListId list : lists) {
      Map<String, AttributeValue> item = items.getOrDefault(listKey(list), Map.of());
      sizes.put(list, item.containsKey("count") ? Long.parseLong(item.get("count").n()) : 0L);
    }
    return sizes;
  }

  private static List<ListEntry> entries(List<Map<String, AttributeValue>> items) {
    return items.stream().map(item -> ListItems.entry(item.get("entry"))).toList();
  }

  private static String topicName(ListChange change, Slug topic) {
    return change.entry().summary().topics().stream().filter(t -> t.slug().equals(topic))
        .map(Topic::name).findFirst().orElse(topic.value());
  }

  /** The sum of count changes to one counter item, and the newest change time. */
  private static final class Counter {
    private final String pk;
    private final String sk;
    private final String name;
    private long delta;
    private Instant changedAt;

    Counter(String pk, String sk) {
      this(pk, sk, null);
    }

    /** A counter that also carries a display name (the topic directory's). */
    Counter(String pk, String sk, String name) {
      this.pk = pk;
      this.sk = sk;
      this.name = name;
    }

    Counter copy() {
      Counter copy = new Counter(pk, sk, name);
      copy.delta = delta;
      copy.changedAt = changedAt;
      return copy;
    }

    void add(ListChange change) {
      delta += change.countDelta();
      if (changedAt == null || change.changedAt().isAfter(changedAt)) {
        changedAt = change.changedAt();
      }
    }

    boolean matters() {
      return delta != 0 || sk.startsWith(MONTH_PREFIX) || name != null;
    }

    TransactWriteItem write(String table) {
      Update.Builder update = Update.builder().tableName(table).key(key(pk, sk));
      Map<String, AttributeValue> values = new HashMap<>();
      values.put(":delta", AttributeValue.fromN(Long.toString(delta)));
      if (sk.startsWith(MONTH_PREFIX)) {
        values.put(":changedAt", s(changedAt.toString()));
        update.updateExpression("ADD #count :delta SET lastModified = :changedAt");
      } else if (name != null) {
        values.put(":name", s(name));
        update.updateExpression("ADD #count :delta SET #name = :name");
        return TransactWriteItem.builder().update(update
            .expressionAttributeNames(Map.of("#count", "count", "#name", "name"))
            .expressionAttributeValues(values).build()).build();
      } else {
        update.updateExpression("ADD #count :delta");
      }
      return TransactWriteItem.builder().update(update.expressionAttributeNames(Map.of("#count", "count"))
          .expressionAttributeValues(values).build()).build();
    }
  }
}
