package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.site.Site;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexes already published articles for search the way the Publisher would, in bulk and
 * without rendering anything: for loading an archive (and the search benchmark), beside
 * {@link ArchiveImport}. A rebuild writes the index files after.
 */
public final class SearchIndexImport {
  private final SearchIndex index;
  private final SearchTerms terms;

  public SearchIndexImport(SearchIndex index, Site site) {
    this.index = index;
    this.terms = new SearchTerms(new MonthBuckets(site.zone()));
  }

  /**
   * Indexes these published articles, which the index does not hold yet.
   *
   * @return the term months they went into: the index files to write
   */
  public Set<TermMonth> add(List<Article> articles) {
    Map<String, IndexedArticle> indexed = new LinkedHashMap<>();
    Set<TermMonth> shards = new LinkedHashSet<>();
    for (Article article : articles) {
      if (!article.isPublished()) {
        throw new IllegalArgumentException("only published articles are indexed: " + article.id());
      }
      IndexedArticle held = terms.of(article);
      indexed.put(article.id(), held);
      held.frequencies().keySet().forEach(term -> shards.add(new TermMonth(term, held.month())));
    }
    index.load(indexed);
    return shards;
  }
}
