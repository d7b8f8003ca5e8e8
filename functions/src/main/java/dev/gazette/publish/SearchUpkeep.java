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
   * Brings the index in line with the article ({@code live} empty: it is not published) and
   * returns the index files to render: those of the term months this change touched, and those
   * the previous change touched, in case a crash came before they were written.
   */
  Set<PageId> bringInLine(String articleId, IndexedArticle before, Optional<Article> live) {
    IndexedArticle now = live.map(terms::of).orElseGet(IndexedArticle::none);
    Set<TermMonth> changed = new LinkedHashSet<>();
    if (!now.sameTerms(before)) {
      List<PostingChange> postings = before.changesTo(now, articleId);
      index.changeAll(articleId, postings);
      postings.forEach(posting -> changed.add(posting.shard()));
      index.save(articleId, now.touching(changed));
      Set<PageId> toRender = new LinkedHashSet<>();
      for (PostingChange posting : postings) {
        toRender.add(new PageId.SearchMonth(posting.shard()));
        // A rewritten posting (new frequency or length) leaves the term's counts as they were.
        if (posting.kind() != PostingChange.Kind.REWRITTEN) {
          toRender.add(new PageId.SearchTerm(posting.shard().term()));
        }
      }
      toRender.addAll(pagesOf(before.lastChanged()));
      return toRender;
    }
    return pagesOf(before.lastChanged());
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
