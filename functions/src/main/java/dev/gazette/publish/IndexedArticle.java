package dev.gazette.publish;

import dev.gazette.render.SearchPosting;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one article has in the search index: the month bucket of its publication, its length
 * bucket, each term with its frequency, and the term months its last change touched (rendered
 * again on a replay, in case a crash came between the index and its files).
 */
public record IndexedArticle(YearMonth month, int lengthBucket, Map<String, Integer> frequencies,
    Set<TermMonth> lastChanged) {

  public IndexedArticle {
    frequencies = Map.copyOf(frequencies);
    lastChanged = Set.copyOf(lastChanged);
    if (month == null && !frequencies.isEmpty()) {
      throw new IllegalArgumentException("indexed terms need a month");
    }
  }

  /** An article with nothing in the index. */
  public static IndexedArticle none() {
    return new IndexedArticle(null, 0, Map.of(), Set.of());
  }

  /** The same terms, remembering which term months the change to them touched. */
  IndexedArticle touching(Set<TermMonth> changed) {
    return new IndexedArticle(month, lengthBucket, frequencies, changed);
  }

  /** Whether the index holds the same for the article, whatever the last change touched. */
  boolean sameTerms(IndexedArticle other) {
    return Objects.equals(month, other.month) && lengthBucket == other.lengthBucket
        && frequencies.equals(other.frequencies);
  }

  /**
   * The posting changes that take the index from this to {@code next}: in term order, removals
   * of terms (or of a month the article left), additions of new ones, rewrites of those whose
   * frequency or length changed.
   */
  List<PostingChange> changesTo(IndexedArticle next, String articleId) {
    List<PostingChange> changes = new ArrayList<>();
    Set<String> terms = new TreeSet<>(frequencies.keySet());
    terms.addAll(next.frequencies.keySet());
    boolean moved = !Objects.equals(month, next.month);
    for (String term : terms) {
      Integer was = frequencies.get(term);
      Integer is = next.frequencies.get(term);
      if (was != null && (is == null || moved)) {
        changes.add(new PostingChange(new TermMonth(term, month),
            new SearchPosting(articleId, was, lengthBucket), PostingChange.Kind.REMOVED));
      }
      if (is == null) {
        continue;
      }
      SearchPosting posting = new SearchPosting(articleId, is, next.lengthBucket);
      if (was == null || moved) {
        changes.add(new PostingChange(new TermMonth(term, next.month), posting, PostingChange.Kind.ADDED));
      } else if (!was.equals(is) || lengthBucket != next.lengthBucket) {
        changes.add(new PostingChange(new TermMonth(term, next.month), posting, PostingChange.Kind.REWRITTEN));
      }
    }
    return changes;
  }
}
