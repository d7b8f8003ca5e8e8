package dev.gazette.publish;

import dev.gazette.article.Slug;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The pages one batch must write, gathered while its articles are prepared: each article page
 * once (with every slug the batch's records mentioned), each shared page once, and the pages
 * readers may hold a wrong copy of. Each article's own page goes out early, as soon as its
 * related list is saved (editors wait for it); it is written again at the end only if a later
 * article of the batch changed what it shows, or if the early write failed.
 */
final class BatchPages {
  private final Map<String, ArticlePublisher.Outcome> outcomes = new LinkedHashMap<>();
  private final Map<String, Set<PageId>> pagesOf = new LinkedHashMap<>();
  private final Map<PageId.Article, Set<Slug>> articlePages = new LinkedHashMap<>();
  private final Set<PageId> shared = new LinkedHashSet<>();
  private final Set<PageId> urgent = new LinkedHashSet<>();
  private final Map<PageId, CompletableFuture<PageWriter.Outcome>> early = new LinkedHashMap<>();
  private final Set<PageId> writeAgain = new HashSet<>();

  /** An article's own page is being written early. */
  void writingEarly(PageId.Article page, CompletableFuture<PageWriter.Outcome> write) {
    early.put(page, write);
  }

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
        if (!page.equals(own) && early.containsKey(page)) {
          // Written early, before this article changed what it shows.
          writeAgain.add(page);
        }
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

  /**
   * Waits for the early writes.
   *
   * @return what they did: the pages they brought up to date, the files they replaced
   */
  PageWriter.Outcome awaitEarlyPages() {
    Set<PageId> done = new LinkedHashSet<>();
    Map<PageId, Set<String>> replaced = new LinkedHashMap<>();
    early.forEach((page, write) -> {
      try {
        PageWriter.Outcome outcome = write.join();
        done.addAll(outcome.done());
        replaced.putAll(outcome.replaced());
      } catch (CompletionException broken) {
        // Written with the others instead.
      }
    });
    return new PageWriter.Outcome(done, Map.of(), replaced);
  }

  /**
   * The article pages still to write, each with the slugs the batch's records mentioned for it:
   * all but those written early and not changed since.
   */
  Map<PageId.Article, Set<Slug>> articlePagesLeft(PageWriter.Outcome early) {
    Map<PageId.Article, Set<Slug>> left = new LinkedHashMap<>();
    articlePages.forEach((page, slugs) -> {
      if (!early.done().contains(page) || writeAgain.contains(page)) {
        left.put(page, slugs);
      }
    });
    return left;
  }
}
