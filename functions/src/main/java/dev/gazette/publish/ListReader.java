package dev.gazette.publish;

import dev.gazette.site.ArchiveMonth;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads lists for one pass of rendering and remembers what it read: a topic's newest entries
 * serve its front page, its feed and the related ranking of every article in it. A new pass
 * starts with {@link #forget()}, so nothing read before a page's ticket is used after it. Pages
 * rendered side by side share it.
 */
final class ListReader {
  /** Enough for every page's "latest" and for the related candidates, in one query per list. */
  static final int NEWEST = 50;

  private final ArticleLists listings;
  private final ParallelCalls parallel;
  private final Map<ListId, List<ListEntry>> newest = new ConcurrentHashMap<>();
  private final Map<ListId, List<ArchiveMonth>> months = new ConcurrentHashMap<>();
  private final Map<ListId, Long> sizes = new ConcurrentHashMap<>();

  ListReader(ArticleLists listings, ParallelCalls parallel) {
    this.listings = listings;
    this.parallel = parallel;
  }

  /**
   * Reads the newest entries of some lists and the sizes of others side by side, so that
   * {@link #latest} and {@link #sizes} find them.
   */
  void prefetch(Collection<ListId> newestOf, Collection<ListId> sizesOf) {
    parallel.map(reads(newestOf, sizesOf), read -> {
      read.run();
      return true;
    });
  }

  /**
   * The reads {@link #prefetch} would make, for a caller that sends them in one round with
   * reads of its own.
   */
  List<Runnable> reads(Collection<ListId> newestOf, Collection<ListId> sizesOf) {
    List<Runnable> reads = new ArrayList<>();
    newestOf.stream().distinct().filter(list -> !newest.containsKey(list)).forEach(list ->
        reads.add(() -> newest.putIfAbsent(list, listings.latest(list, NEWEST))));
    List<ListId> unsized = sizesOf.stream().distinct().filter(list -> !sizes.containsKey(list)).toList();
    if (!unsized.isEmpty()) {
      reads.add(() -> sizes.putAll(listings.sizes(unsized)));
    }
    return reads;
  }

  /**
   * The entries of every list read so far, by article: an article's entry is the same in each
   * list that holds it (one transaction writes them all).
   */
  Map<String, ListEntry> entriesRead() {
    Map<String, ListEntry> byArticle = new HashMap<>();
    newest.values().forEach(entries -> entries.forEach(entry -> byArticle.putIfAbsent(entry.id(), entry)));
    return byArticle;
  }

  /** The newest entries of a list, at most {@link #NEWEST}. */
  List<ListEntry> latest(ListId list, int limit) {
    if (limit > NEWEST) {
      throw new IllegalArgumentException("at most " + NEWEST + " newest entries, not " + limit);
    }
    List<ListEntry> entries = newest.computeIfAbsent(list, key -> listings.latest(key, NEWEST));
    return entries.size() > limit ? entries.subList(0, limit) : entries;
  }

  List<ListEntry> between(ListId list, Instant from, Instant to, int limit) {
    return listings.between(list, from, to, limit);
  }

  List<ArchiveMonth> months(ListId list) {
    return months.computeIfAbsent(list, listings::months);
  }

  Map<ListId, Long> sizes(Collection<ListId> lists) {
    List<ListId> missing = lists.stream().distinct().filter(list -> !sizes.containsKey(list)).toList();
    if (!missing.isEmpty()) {
      sizes.putAll(listings.sizes(missing));
    }
    Map<ListId, Long> found = new HashMap<>();
    lists.forEach(list -> found.put(list, sizes.getOrDefault(list, 0L)));
    return found;
  }

  void forget() {
    newest.clear();
    months.clear();
    sizes.clear();
  }
}
