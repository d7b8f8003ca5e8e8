package dev.gazette.publish;

import dev.gazette.article.ArticleSummary;
import java.util.List;
import java.util.Optional;

/**
 * Each article's related list ("Aller plus loin") and the reverse links that say which articles
 * show a given one, so a retitle or an unpublish finds the pages to fix without a scan.
 */
public interface RelatedLinks {

  /** The related list last computed for an article; empty when none was. */
  Optional<List<ArticleSummary>> related(String articleId);

  /** The related lists of these articles, those that have one (a rebuild reads them a page at a time). */
  default java.util.Map<String, List<ArticleSummary>> relatedAll(java.util.Collection<String> articleIds) {
    java.util.Map<String, List<ArticleSummary>> all = new java.util.LinkedHashMap<>();
    articleIds.forEach(id -> related(id).ifPresent(list -> all.put(id, list)));
    return all;
  }

  /**
   * Stores an article's related list and the reverse links of what it gained and lost since
   * {@code previous}, the list the caller read (empty if there was none); every link of
   * {@code related} is stored whatever {@code previous} says, so a stale read loses none.
   */
  void saveRelated(String articleId, List<ArticleSummary> previous, List<ArticleSummary> related);

  /** Drops an article's related list and its outgoing reverse links. */
  void forgetRelated(String articleId);

  /** The articles whose related list shows this one (their pages must follow its changes). */
  List<String> linkedFrom(String articleId);
}
