package dev.gazette.store;

import static dev.gazette.store.ListItems.key;

import dev.gazette.publish.IndexedArticle;
import dev.gazette.publish.PostingChange;
import dev.gazette.publish.SearchIndex;
import dev.gazette.publish.TermMonth;
import dev.gazette.render.SearchPosting;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The search index in DynamoDB. A term's month is one item ("TERM#desal", "M#2026-11") holding
 * one attribute per article ("p_" + id = "frequency,length"); the term's counts by month are
 * another ("TERM#desal", "COUNTS", one number per month). A posting and its count change in one
 * transaction conditioned on the posting being absent (or present), so a replay never counts
 * twice and two Publishers indexing different articles under the same term never lose each
 * other's postings. What an article holds is one item ("SEARCH#<id>", "INDEXED").
 */
public final class DynamoSearchIndex implements SearchIndex {
  private static final String TERM_PREFIX = "TERM#";
  private static final String MONTH_PREFIX = "M#";
  private static final String COUNTS = "COUNTS";
  private static final String POSTING_PREFIX = "p_";
  private static final String COUNT_PREFIX = "m_";
  private static final int ATTEMPTS = 8;
  /** DynamoDB's limit of items in one transaction: 50 postings with their counts. */
  private static final int TRANSACTION_ITEMS = 100;
  /** Grouped attempts before falling back to one transaction per posting (contention). */
  private static final int GROUP_ATTEMPTS = 3;

  private final DynamoTable table;

  public DynamoSearchIndex(DynamoDbClient dynamo, String table) {
    this.table = new DynamoTable(dynamo, table);
  }

  @Override
  public IndexedArticle indexed(String articleId) {
    return indexedOf(table.get("SEARCH#" + articleId, "INDEXED"));
  }

  @Override
  public Map<String, IndexedArticle> indexedAll(java.util.Collection<String> articleIds) {
    Map<String, IndexedArticle> found = new HashMap<>();
    table.getItems(articleIds.stream().map(id -> ListItems.key("SEARCH#" + id, "INDEXED")).toList())
        .forEach(item -> found.put(item.get("pk").s().substring("SEARCH#".length()), indexedOf(item)));
    Map<String, IndexedArticle> all = new java.util.LinkedHashMap<>();
    articleIds.forEach(id -> all.put(id, found.getOrDefault(id, IndexedArticle.none())));
    return all;
  }

  private static IndexedArticle indexedOf(Map<String, AttributeValue> item) {
    if (item.isEmpty()) {
      return IndexedArticle.none();
    }
    Map<String, Integer> frequencies = new HashMap<>();
    item.getOrDefault("terms", AttributeValue.fromM(Map.of())).m()
        .forEach((term, count) -> frequencies.put(term, Integer.parseInt(count.n())));
    Set<TermMonth> changed = item.containsKey("lastChanged")
        ? item.get("lastChanged").ss().stream().map(DynamoSearchIndex::termMonth).collect(Collectors.toSet())
        : Set.of();
    YearMonth month = item.containsKey("month") ? YearMonth.parse(item.get("month").s()) : null;
    return new IndexedArticle(month, Integer.parseInt(item.get("lengthBucket").n()), frequencies, changed);
  }

  @Override
  public void save(String articleId, IndexedArticle indexed) {
    Map<String, AttributeValue> item = new HashMap<>(key("SEARCH#" + articleId, "INDEXED"));
    if (indexed.month() != null) {
      item.put("month", AttributeValue.fromS(indexed.month().toString()));
    }
    item.put("lengthBucket", AttributeValue.fromN(Integer.toString(indexed.lengthBucket())));
    Map<String, AttributeValue> terms = new HashMap<>();
    indexed.frequencies().forEach((term, count) -> terms.put(term, AttributeValue.fromN(count.toString())));
    item.put("terms", AttributeValue.fromM(terms));
    if (!indexed.lastChanged().isEmpty()) {
      item.put("lastChanged", AttributeValue.fromSs(indexed.lastChanged().stream()
          .map(DynamoSearchIndex::encoded).toList()));
    }
    table.dynamo.putItem(request -> request.tableName(table.name).item(item));
  }

  /** The set compared whole: a newer change that recorded other term months keeps them. */
  @Override
  public void settle(String articleId, Set<TermMonth> written) {
    if (written.isEmpty()) {
      return;
    }
    try {
      table.dynamo.updateItem(request -> request.tableName(table.name)
          .key(key("SEARCH#" + articleId, "INDEXED"))
          .updateExpression("REMOVE lastChanged")
          .conditionExpression("lastChanged = :written")
          .expressionAttributeValues(Map.of(":written", AttributeValue.fromSs(written.stream()
              .map(DynamoSearchIndex::encoded).toList()))));
    } catch (ConditionalCheckFailedException newer) {
      // Another change recorded its own term months: they stay until its files are written.
    }
  }

  @Override
  public void change(String articleId, PostingChange change) {
    TermMonth shard = change.shard();
    String posting = POSTING_PREFIX + articleId;
    AttributeValue value = AttributeValue.fromS(change.posting().frequency() + "," + change.posting().lengthBucket());
    switch (change.kind()) {
      case REWRITTEN -> rewrite(shard, posting, value);
      case ADDED -> {
        if (!counted(shard, "SET #p = :v", "attribute_not_exists(#p)", posting, value, 1)) {
          rewrite(shard, posting, value);
        }
      }
      case REMOVED -> counted(shard, "REMOVE #p", "attribute_exists(#p)", posting, null, -1);
    }
  }

  /**
   * The changes in groups of up to 50 postings, each group one transaction over distinct terms
   * (a transaction may name an item once). A group whose condition failed somewhere (part of it
   * was applied before, as in a replay after a crash) or that kept meeting other Publishers'
   * transactions is applied posting by posting, which sorts out what is left to do.
   */
  @Override
  public void changeAll(String articleId, List<PostingChange> changes) {
    for (List<PostingChange> group : groups(changes)) {
      if (!appliedTogether(articleId, group)) {
        group.forEach(change -> change(articleId, change));
      }
    }
  }

  private static List<List<PostingChange>> groups(List<PostingChange> changes) {
    List<List<PostingChange>> groups = new ArrayList<>();
    List<Set<String>> termsOfGroups = new ArrayList<>();
    for (PostingChange change : changes) {
      int items = change.kind() == PostingChange.Kind.REWRITTEN ? 1 : 2;
      int chosen = -1;
      for (int i = 0; i < groups.size() && chosen < 0; i++) {
        if (!termsOfGroups.get(i).contains(change.shard().term()) && itemsOf(groups.get(i)) + items <= TRANSACTION_ITEMS) {
          chosen = i;
        }
      }
      if (chosen < 0) {
        groups.add(new ArrayList<>());
        termsOfGroups.add(new HashSet<>());
        chosen = groups.size() - 1;
      }
      groups.get(chosen).add(change);
      termsOfGroups.get(chosen).add(change.shard().term());
    }
    return groups;
  }

  private static int itemsOf(List<PostingChange> group) {
    return group.stream().mapToInt(change -> change.kind() == PostingChange.Kind.REWRITTEN ? 1 : 2).sum();
  }

  /** True when the whole group was applied in one transaction; false: nothing of it was. */
  private boolean appliedTogether(String articleId, List<PostingChange> group) {
    List<TransactWriteItem> writes = new ArrayList<>();
    for (PostingChange change : group) {
      String posting = POSTING_PREFIX + articleId;
      AttributeValue value = AttributeValue.fromS(change.posting().frequency() + "," + change.posting().lengthBucket());
      switch (change.kind()) {
        case REWRITTEN -> writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table.name)
            .key(monthKey(change.shard())).updateExpression("SET #p = :v")
            .expressionAttributeNames(Map.of("#p", posting)).expressionAttributeValues(Map.of(":v", value))
            .build()).build());
        case ADDED -> writes.addAll(countedWrites(change.shard(), "SET #p = :v", "attribute_not_exists(#p)",
            posting, value, 1));
        case REMOVED -> writes.addAll(countedWrites(change.shard(), "REMOVE #p", "attribute_exists(#p)",
            posting, null, -1));
      }
    }
    for (int attempt = 1; attempt <= GROUP_ATTEMPTS; attempt++) {
      try {
        table.dynamo.transactWriteItems(request -> request.transactItems(writes));
        return true;
      } catch (TransactionCanceledException cancelled) {
        if (conditionFailed(cancelled)) {
          return false;
        }
        pause(attempt);
      }
    }
    return false;
  }

  private static boolean conditionFailed(TransactionCanceledException cancelled) {
    return cancelled.hasCancellationReasons() && cancelled.cancellationReasons().stream()
        .map(CancellationReason::code).anyMatch("ConditionalCheckFailed"::equals);
  }

  private void rewrite(TermMonth shard, String posting, AttributeValue value) {
    table.dynamo.updateItem(request -> request.tableName(table.name).key(monthKey(shard))
        .updateExpression("SET #p = :v").expressionAttributeNames(Map.of("#p", posting))
        .expressionAttributeValues(Map.of(":v", value)));
  }

  /**
   * Changes the posting and the term's count for its month together, if the condition on the
   * posting holds; false when it did not (the change was applied before).
   */
  private boolean counted(TermMonth shard, String expression, String condition, String posting,
      AttributeValue value, int delta) {
    List<TransactWriteItem> writes = countedWrites(shard, expression, condition, posting, value, delta);
    for (int attempt = 1; ; attempt++) {
      try {
        table.dynamo.transactWriteItems(request -> request.transactItems(writes));
        return true;
      } catch (TransactionCanceledException cancelled) {
        if (conditionFailed(cancelled)) {
          return false;
        }
        // Another Publisher's transaction on the same term: its counts item is shared.
        if (attempt == ATTEMPTS) {
          throw cancelled;
        }
        pause(attempt);
      }
    }
  }

  /** The posting's change, conditioned, and its month's count in the term's counts item. */
  private List<TransactWriteItem> countedWrites(TermMonth shard, String expression, String condition,
      String posting, AttributeValue value, int delta) {
    Update.Builder onPosting = Update.builder().tableName(table.name).key(monthKey(shard))
        .updateExpression(expression).conditionExpression(condition)
        .expressionAttributeNames(Map.of("#p", posting));
    if (value != null) {
      onPosting.expressionAttributeValues(Map.of(":v", value));
    }
    Update onCount = Update.builder().tableName(table.name).key(key(TERM_PREFIX + shard.term(), COUNTS))
        .updateExpression("ADD #m :delta").expressionAttributeNames(Map.of("#m", COUNT_PREFIX + shard.month()))
        .expressionAttributeValues(Map.of(":delta", AttributeValue.fromN(Integer.toString(delta)))).build();
    return List.of(TransactWriteItem.builder().update(onPosting.build()).build(),
        TransactWriteItem.builder().update(onCount).build());
  }

  @Override
  public void load(Map<String, IndexedArticle> articles) {
    Map<TermMonth, Map<String, AttributeValue>> shards = new HashMap<>();
    Map<String, Map<String, AttributeValue>> counts = new HashMap<>();
    for (Map.Entry<String, IndexedArticle> article : articles.entrySet()) {
      IndexedArticle indexed = article.getValue();
      indexed.frequencies().forEach((term, frequency) -> {
        TermMonth shard = new TermMonth(term, indexed.month());
        shards.computeIfAbsent(shard, any -> new HashMap<>(monthKey(shard))).put(POSTING_PREFIX + article.getKey(),
            AttributeValue.fromS(frequency + "," + indexed.lengthBucket()));
        counts.computeIfAbsent(term, any -> new HashMap<>(key(TERM_PREFIX + term, COUNTS)))
            .merge(COUNT_PREFIX + indexed.month(), AttributeValue.fromN("1"),
                (was, one) -> AttributeValue.fromN(Integer.toString(Integer.parseInt(was.n()) + 1)));
      });
    }
    List<WriteRequest> writes = new ArrayList<>();
    shards.values().forEach(item -> writes.add(put(item)));
    counts.values().forEach(item -> writes.add(put(item)));
    table.batchWrite(writes);
    articles.forEach(this::save);
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(request -> request.item(item)).build();
  }

  @Override
  public List<SearchPosting> postings(TermMonth shard) {
    return postingsIn(table.get(TERM_PREFIX + shard.term(), MONTH_PREFIX + shard.month()));
  }

  @Override
  public Map<YearMonth, Integer> months(String term) {
    return monthsIn(table.get(TERM_PREFIX + term, COUNTS));
  }

  @Override
  public Map<TermMonth, List<SearchPosting>> postingsOf(Collection<TermMonth> shards) {
    Map<String, Map<String, AttributeValue>> items = byKey(table.getItems(
        shards.stream().distinct().map(DynamoSearchIndex::monthKey).toList()));
    Map<TermMonth, List<SearchPosting>> all = new LinkedHashMap<>();
    shards.forEach(shard -> all.put(shard, postingsIn(items.getOrDefault(
        TERM_PREFIX + shard.term() + "|" + MONTH_PREFIX + shard.month(), Map.of()))));
    return all;
  }

  @Override
  public Map<String, Map<YearMonth, Integer>> monthsOf(Collection<String> terms) {
    Map<String, Map<String, AttributeValue>> items = byKey(table.getItems(
        terms.stream().distinct().map(term -> key(TERM_PREFIX + term, COUNTS)).toList()));
    Map<String, Map<YearMonth, Integer>> all = new LinkedHashMap<>();
    terms.forEach(term -> all.put(term, monthsIn(items.getOrDefault(TERM_PREFIX + term + "|" + COUNTS, Map.of()))));
    return all;
  }

  /** Items by "pk|sk": a term's month items share its partition key. */
  private static Map<String, Map<String, AttributeValue>> byKey(List<Map<String, AttributeValue>> items) {
    Map<String, Map<String, AttributeValue>> byKey = new HashMap<>();
    items.forEach(item -> byKey.put(item.get(ArticleItem.PK).s() + "|" + item.get(ArticleItem.SK).s(), item));
    return byKey;
  }

  private static List<SearchPosting> postingsIn(Map<String, AttributeValue> item) {
    List<SearchPosting> postings = new ArrayList<>();
    item.forEach((name, value) -> {
      if (name.startsWith(POSTING_PREFIX) && value.s() != null) {
        String[] parts = value.s().split(",");
        postings.add(new SearchPosting(name.substring(POSTING_PREFIX.length()),
            Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
      }
    });
    postings.sort(Comparator.comparing(SearchPosting::articleId).reversed());
    return postings;
  }

  private static Map<YearMonth, Integer> monthsIn(Map<String, AttributeValue> item) {
    Map<YearMonth, Integer> months = new TreeMap<>();
    item.forEach((name, value) -> {
      if (name.startsWith(COUNT_PREFIX) && value.n() != null && Integer.parseInt(value.n()) > 0) {
        months.put(YearMonth.parse(name.substring(COUNT_PREFIX.length())), Integer.parseInt(value.n()));
      }
    });
    return months;
  }

  private static Map<String, AttributeValue> monthKey(TermMonth shard) {
    return key(TERM_PREFIX + shard.term(), MONTH_PREFIX + shard.month());
  }

  /** A term month as the article's record stores it: "2026-12|tramway". */
  private static String encoded(TermMonth shard) {
    return shard.month() + "|" + shard.term();
  }

  private static TermMonth termMonth(String stored) {
    int bar = stored.indexOf('|');
    return new TermMonth(stored.substring(bar + 1), YearMonth.parse(stored.substring(0, bar)));
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(200, 5L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
