package dev.gazette.publish;

import dev.gazette.render.SearchPosting;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search index beside the articles: each term's postings by month, each term's count of
 * articles by month, and what each article last put into it (so that a change removes exactly
 * the terms it no longer has). Every write touches one term's items or one article's record, so
 * Publishers indexing different articles never lose each other's postings.
 */
public interface SearchIndex {

  /** What the article last put into the index; {@link IndexedArticle#none()} if nothing. */
  IndexedArticle indexed(String articleId);

  /** What each of these articles last put into the index (a rebuild reads them a page at a time). */
  default Map<String, IndexedArticle> indexedAll(java.util.Collection<String> articleIds) {
    Map<String, IndexedArticle> all = new java.util.LinkedHashMap<>();
    articleIds.forEach(id -> all.put(id, indexed(id)));
    return all;
  }

  /** Applies one posting change and its count, atomically; applying it again changes nothing. */
  void change(String articleId, PostingChange change);

  /**
   * Applies all of one article's posting changes, each with its count atomically (an index may
   * group them into fewer requests); applying them again changes nothing.
   */
  default void changeAll(String articleId, List<PostingChange> changes) {
    changes.forEach(change -> change(articleId, change));
  }

  /** Records what the article now has in the index, once its changes are applied. */
  void save(String articleId, IndexedArticle indexed);

  /**
   * Forgets the term months the article's last change touched, once their files are written,
   * so that the next change does not render them again; does nothing when a newer change has
   * recorded others meanwhile (its files may not be written yet).
   */
  void settle(String articleId, Set<TermMonth> written);

  /**
   * Indexes many articles at once, none of which the index holds yet (an archive being
   * imported): their records, postings and counts written in bulk rather than change by change.
   */
  void load(Map<String, IndexedArticle> articles);

  /** A term's postings of one month, newest article first. */
  List<SearchPosting> postings(TermMonth shard);

  /** How many articles hold the term, by month (months with none left out). */
  Map<YearMonth, Integer> months(String term);

  /** {@link #postings} of several term months, in as few requests as the index allows. */
  default Map<TermMonth, List<SearchPosting>> postingsOf(java.util.Collection<TermMonth> shards) {
    Map<TermMonth, List<SearchPosting>> all = new java.util.LinkedHashMap<>();
    shards.forEach(shard -> all.put(shard, postings(shard)));
    return all;
  }

  /** {@link #months} of several terms, in as few requests as the index allows. */
  default Map<String, Map<YearMonth, Integer>> monthsOf(java.util.Collection<String> terms) {
    Map<String, Map<YearMonth, Integer>> all = new java.util.LinkedHashMap<>();
    terms.forEach(term -> all.put(term, months(term)));
    return all;
  }
}
