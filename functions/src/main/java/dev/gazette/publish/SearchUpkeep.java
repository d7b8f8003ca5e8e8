package dev.gazette.publish;

import dev.gazette.article.Article;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one article's part of the search index in line with its current state: removes the
 * terms it lost, adds those it gained, in as few requests as the index allows (each change is
 * conditioned on its own posting, so a replay or a concurrent Publisher indexing another article
 * loses nothing), then records what it now holds.
 * The work is the article's own terms, whatever the size of the archive.
 */
final class SearchUpkeep {
  private final SearchIndex index;
  private final SearchTerms terms;

  SearchUpkeep(SearchIndex index, MonthBuckets months) {
    this.index = index;
    this.terms = new SearchTerms(months);
  }

  /**
   * What a change did to the index: the files to render, and the term months the article's
   * record now names as its last change's (to settle once those files are written).
   */
  record Upkeep(Set<PageId> pages, Set<TermMonth> recorded) {}

  /**
   * Brings the index in line with the article ({@code live} empty: it is not published) and
   * returns the index files to render: those of the term months this change touched, and those
   * the previous change touched unless they were settled (written), in case a crash came before
   * they were written.
   */
  Upkeep bringInLine(String articleId, IndexedArticle before, Optional<Article> live) {
    IndexedArticle now = live.map(terms::of).orElseGet(IndexedArticle::none);
    if (now.sameTerms(before)) {
      return new Upkeep(pagesOf(before.lastChanged()), before.lastChanged());
    }
    Set<TermMonth> changed = new LinkedHashSet<>();
    List<PostingChange> postings = before.changesTo(now, articleId);
    index.changeAll(articleId, postings);
    postings.forEach(posting -> changed.add(posting.shard()));
    // The previous change's term months stay recorded until a change's files are all written.
    Set<TermMonth> recorded = new LinkedHashSet<>(changed);
    recorded.addAll(before.lastChanged());
    index.save(articleId, now.touching(recorded));
    Set<PageId> toRender = new LinkedHashSet<>();
    for (PostingChange posting : postings) {
      toRender.add(new PageId.SearchMonth(posting.shard()));
      // A rewritten posting (new frequency or length) leaves the term's counts as they were.
      if (posting.kind() != PostingChange.Kind.REWRITTEN) {
        toRender.add(new PageId.SearchTerm(posting.shard().term()));
      }
    }
    toRender.addAll(pagesOf(before.lastChanged()));
    return new Upkeep(toRender, recorded);
  }

  /**
   * The article's last change's files are written: the next change need not render them again.
   * One conditional update; a newer change's record is left alone.
   */
  void settle(String articleId, Set<TermMonth> written) {
    index.settle(articleId, written);
  }

  /** The index files of every term the article holds now (what a forced rebuild writes). */
  Set<PageId> pagesOfTermsHeld(String articleId) {
    IndexedArticle held = index.indexed(articleId);
    return pagesOf(held.frequencies().keySet().stream().map(term -> new TermMonth(term, held.month())).toList());
  }

  IndexedArticle indexed(String articleId) {
    return index.indexed(articleId);
  }

  Map<String, IndexedArticle> indexedAll(Collection<String> articleIds) {
    return index.indexedAll(articleIds);
  }

  private static Set<PageId> pagesOf(Collection<TermMonth> shards) {
    Set<PageId> files = new LinkedHashSet<>();
    for (TermMonth shard : shards) {
      files.add(new PageId.SearchMonth(shard));
      files.add(new PageId.SearchTerm(shard.term()));
    }
    return files;
  }
}
