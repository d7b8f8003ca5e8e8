package dev.gazette.publish;

import dev.gazette.article.Slug;
import dev.gazette.site.ArchiveMonth;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A fake of the list store with the same transaction and ordering rules as {@code DynamoArticleLists}. */
public final class InMemoryArticleLists implements ArticleLists {
  private final Map<String, PublishedState> states = new HashMap<>();
  private final Map<ListId, TreeMap<String, ListEntry>> entries = new HashMap<>();
  private final Map<ListId, Map<YearMonth, ArchiveMonth>> months = new HashMap<>();
  private final Map<String, Set<String>> uses = new HashMap<>();

  @Override
  public synchronized PublishedState state(String articleId) {
    return states.getOrDefault(articleId, PublishedState.none(articleId));
  }

  @Override
  public synchronized void apply(PublishedState previous, List<ListChange> changes, PublishedState next) {
    if (state(previous.articleId()).revision() != previous.revision()) {
      throw new ConcurrentPublish(previous.articleId());
    }
    for (ListChange change : changes) {
      TreeMap<String, ListEntry> list = entries.computeIfAbsent(change.list(), key -> new TreeMap<>());
      String key = sortKey(change.entry());
      if (change.removes()) {
        list.remove(key);
      } else {
        list.put(key, change.entry());
      }
      Map<YearMonth, ArchiveMonth> buckets = months.computeIfAbsent(change.list(), key2 -> new HashMap<>());
      ArchiveMonth old = buckets.getOrDefault(change.month(),
          new ArchiveMonth(change.month(), 0, change.changedAt()));
      buckets.put(change.month(), new ArchiveMonth(old.month(), old.count() + change.countDelta(),
          change.changedAt()));
    }
    states.put(next.articleId(), next);
    previous.media().forEach(id -> uses.getOrDefault(id, new TreeSet<>()).remove(next.articleId()));
    next.media().forEach(id -> uses.computeIfAbsent(id, key -> new TreeSet<>()).add(next.articleId()));
  }

  @Override
  public synchronized Set<String> articlesShowing(String mediaId) {
    return Set.copyOf(uses.getOrDefault(mediaId, new TreeSet<>()));
  }

  @Override
  public synchronized List<ListEntry> latest(ListId list, int limit) {
    return entries.getOrDefault(list, new TreeMap<>()).descendingMap().values().stream()
        .limit(limit).toList();
  }

  @Override
  public synchronized List<ListEntry> between(ListId list, Instant from, Instant to, int limit) {
    return latest(list, Integer.MAX_VALUE).stream()
        .filter(entry -> !entry.summary().publishedAt().isBefore(from)
            && entry.summary().publishedAt().isBefore(to))
        .limit(limit).toList();
  }

  @Override
  public synchronized List<ArchiveMonth> months(ListId list) {
    List<ArchiveMonth> result = new ArrayList<>(months.getOrDefault(list, Map.of()).values());
    result.removeIf(month -> month.count() <= 0);
    result.sort(Comparator.comparing(ArchiveMonth::month).reversed());
    return result;
  }

  @Override
  public synchronized List<Slug> authors() {
    return entries.entrySet().stream().filter(list -> !list.getValue().isEmpty())
        .flatMap(list -> list.getKey().author().stream()).sorted(Comparator.comparing(Slug::value)).toList();
  }

  @Override
  public synchronized Map<ListId, Long> sizes(Collection<ListId> lists) {
    Map<ListId, Long> sizes = new HashMap<>();
    lists.forEach(list -> sizes.put(list, (long) entries.getOrDefault(list, new TreeMap<>()).size()));
    return sizes;
  }

  private static String sortKey(ListEntry entry) {
    return entry.summary().publishedAt() + "#" + entry.id();
  }
}
