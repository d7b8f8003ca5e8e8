package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.publish.related.FrenchText;
import dev.gazette.render.SearchPosting;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The terms an article is found by: its title, summary and body through the same French
 * analysis as related articles (and as the search page's script), counted.
 */
final class SearchTerms {
  /**
   * Longer terms are not indexed: no reader types them, and their keys (hex when not ASCII)
   * must stay within S3's and DynamoDB's key limits.
   */
  static final int LONGEST_TERM = 64;
  private final MonthBuckets months;

  SearchTerms(MonthBuckets months) {
    this.months = months;
  }

  /** What a published article puts into the index. */
  IndexedArticle of(Article article) {
    Map<String, Integer> frequencies = new TreeMap<>();
    int length = 0;
    for (String text : new String[] {article.title(), article.summary(), article.body()}) {
      List<String> terms = FrenchText.terms(text);
      length += terms.size();
      terms.stream().filter(term -> term.length() <= LONGEST_TERM)
          .forEach(term -> frequencies.merge(term, 1, Integer::sum));
    }
    return new IndexedArticle(months.of(article.publishedAt()),
        SearchPosting.lengthBucket(length), frequencies, Set.of());
  }
}
