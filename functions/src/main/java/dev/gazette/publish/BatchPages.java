package dev.gazette.publish;

import dev.gazette.article.Slug;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages one batch must write, gathered while its articles are prepared: each article page
 * once (with every slug the batch's records mentioned), each shared page once, and the pages
 * readers may hold a wrong copy of.
 */
final class BatchPages {
  private final Map<String, ArticlePublisher.Outcome> outcomes = new LinkedHashMap<>();
  private final Map<String, Set<PageId>> pagesOf = new LinkedHashMap<>();
  private final Map<PageId.Article, Set<Slug>> articlePages = new LinkedHashMap<>();
  private final Set<PageId> shared = new LinkedHashSet<>();
  private final Set<PageId> urgent = new LinkedHashSet<>();

  /** An article is prepared: the pages it touched, and whether readers could see it before. */
  void prepared(String articleId, Set<Slug> slugsMentioned, Set<PageId> pages, boolean wasLive) {
    pagesOf.put(articleId, pages);
    if (wasLive) {
      urgent.addAll(pages);
    }
    PageId.Article own = new PageId.Article(articleId);
    articlePages.computeIfAbsent(own, any -> new LinkedHashSet<>()).addAll(slugsMentioned);
    for (PageId page : pages) {
      if (page instanceof PageId.Article article) {
        articlePages.computeIfAbsent(article, any -> new LinkedHashSet<>());
      } else {
        shared.add(page);
      }
    }
  }

  void outcome(ArticlePublisher.Outcome outcome) {
    outcomes.put(outcome.articleId(), outcome);
  }

  List<ArticlePublisher.Outcome> outcomes() {
    return List.copyOf(outcomes.values());
  }

  Set<PageId> pagesOf(String articleId) {
    return pagesOf.getOrDefault(articleId, Set.of());
  }

  /** Pages that changed because an article readers could see changed. */
  Set<PageId> urgent() {
    return urgent;
  }

  Set<PageId> sharedPages() {
    return shared;
  }

  /** Every article page to write, each with the slugs the batch's records mentioned for it. */
  Map<PageId.Article, Set<Slug>> articlePages() {
    return articlePages;
  }
}
