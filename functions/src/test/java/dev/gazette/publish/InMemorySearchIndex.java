package dev.gazette.publish;

import dev.gazette.render.SearchPosting;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The search index in memory, with the same replay rules as the table's. */
public final class InMemorySearchIndex implements SearchIndex {
  private final Map<String, IndexedArticle> indexed = new HashMap<>();
  private final Map<TermMonth, Map<String, SearchPosting>> postings = new HashMap<>();
  private final Map<String, Map<YearMonth, Integer>> counts = new HashMap<>();

  @Override
  public synchronized IndexedArticle indexed(String articleId) {
    return indexed.getOrDefault(articleId, IndexedArticle.none());
  }

  @Override
  public synchronized void change(String articleId, PostingChange change) {
    Map<String, SearchPosting> shard = postings.computeIfAbsent(change.shard(), any -> new HashMap<>());
    boolean present = shard.containsKey(articleId);
    switch (change.kind()) {
      case ADDED -> {
        shard.put(articleId, change.posting());
        if (!present) {
          count(change.shard(), 1);
        }
      }
      case REWRITTEN -> shard.put(articleId, change.posting());
      case REMOVED -> {
        if (present) {
          shard.remove(articleId);
          count(change.shard(), -1);
        }
      }
    }
  }

  private void count(TermMonth shard, int delta) {
    counts.computeIfAbsent(shard.term(), any -> new TreeMap<>()).merge(shard.month(), delta, Integer::sum);
  }

  @Override
  public synchronized void save(String articleId, IndexedArticle article) {
    indexed.put(articleId, article);
  }

  @Override
  public synchronized void settle(String articleId, Set<TermMonth> written) {
    IndexedArticle now = indexed.get(articleId);
    if (now != null && now.lastChanged().equals(written)) {
      indexed.put(articleId, now.touching(Set.of()));
    }
  }

  @Override
  public synchronized void load(Map<String, IndexedArticle> articles) {
    articles.forEach((id, article) -> {
      IndexedArticle.none().changesTo(article, id).forEach(change -> change(id, change));
      save(id, article);
    });
  }

  @Override
  public synchronized List<SearchPosting> postings(TermMonth shard) {
    return postings.getOrDefault(shard, Map.of()).values().stream()
        .sorted(Comparator.comparing(SearchPosting::articleId).reversed()).toList();
  }

  @Override
  public synchronized Map<YearMonth, Integer> months(String term) {
    Map<YearMonth, Integer> months = new TreeMap<>();
    counts.getOrDefault(term, Map.of()).forEach((month, count) -> {
      if (count > 0) {
        months.put(month, count);
      }
    });
    return months;
  }
}
