package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.site.ArchiveMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders published pages again from the table's current state, the way the Publisher does
 * (tickets, leases, hashes), so that only files whose bytes changed are written: what an
 * operator runs after a release changes templates or site settings. It changes no list; it
 * indexes for search the articles the index does not hold yet.
 * Not thread-safe: give each worker its own.
 */
public final class Rebuild {
  private final SitePages pages;
  private final ListReader lists;
  private final PageWriter writer;
  private final ArticleStore articles;
  private final SearchUpkeep search;
  private final boolean force;
  private final List<Slug> menu;

  private Rebuild(SitePages pages, ListReader lists, PageWriter writer, ArticleStore articles,
      SearchUpkeep search, boolean force, List<Slug> menu) {
    this.pages = pages;
    this.lists = lists;
    this.writer = writer;
    this.articles = articles;
    this.search = search;
    this.force = force;
    this.menu = menu;
  }

  /** @param force write every file, even those the ledger says are unchanged */
  public static Rebuild create(PublisherParts parts, boolean force) {
    SitePages pages = new SitePages(parts);
    return new Rebuild(pages, pages.lists(),
        new PageWriter(parts.pages(), parts.ledger(), parts.counters(), parts.clock(), parts.parallel(),
            !force), parts.articles(), new SearchUpkeep(parts.search(), pages.months()), force,
        parts.renderers().site().menu().stream().map(Topic::slug).toList());
  }

  /**
   * An article's page and JSON, the redirects from its former addresses, and its part of the
   * search index: indexed if it was not (a site older than the index), its term files written
   * (all of them when forced).
   */
  public void article(String articleId) {
    Optional<Article> live = articles.find(articleId).filter(Article::isPublished);
    SearchUpkeep.Upkeep upkeep = search.bringInLine(articleId, search.indexed(articleId), live);
    Set<PageId> searchPages = new LinkedHashSet<>(upkeep.pages());
    if (force) {
      searchPages.addAll(search.pagesOfTermsHeld(articleId));
    }
    List<PageJob> jobs = new ArrayList<>();
    jobs.add(pages.article(articleId, Set.of()));
    searchPages.forEach(page -> jobs.add(pages.job(page)));
    writer.write(jobs, lists::forget).throwIfFailed();
    search.settle(articleId, upkeep.recorded());
  }

  /** The index files of these term months and their terms' summaries (after an import). */
  public void searchFiles(Collection<TermMonth> shards) {
    Set<PageId> files = new LinkedHashSet<>();
    shards.forEach(shard -> {
      files.add(new PageId.SearchMonth(shard));
      files.add(new PageId.SearchTerm(shard.term()));
    });
    writer.write(files.stream().map(pages::job).toList(), lists::forget).throwIfFailed();
  }

  /**
   * Every list page: the home page, each topic's front, every author's page, every month of the
   * site and of those lists, the sitemaps, the picks, and the static files.
   */
  public void lists(Collection<Slug> topics) {
    lists.forget();
    // The menu's topics too: their fronts exist even before their first article (SitePages.front).
    List<ListId> all = Stream.of(Stream.of(ListId.site()), topics.stream().map(ListId::topic),
        menu.stream().map(ListId::topic), pages.authors().stream().map(ListId::author))
        .flatMap(lists -> lists).distinct().toList();
    List<PageJob> jobs = new ArrayList<>();
    Set<PageId> seen = new LinkedHashSet<>();
    for (ListId list : all) {
      jobs.add(pages.front(list));
      for (ArchiveMonth month : lists.months(list)) {
        jobs.add(pages.month(list, month.month()));
      }
    }
    SitePages.FOLLOWING_THE_SITE_LIST.forEach(page -> jobs.add(pages.job(page)));
    jobs.add(pages.authorsSitemap());
    jobs.add(pages.statics());
    jobs.removeIf(job -> !seen.add(job.page()));
    writer.write(jobs, lists::forget).throwIfFailed();
  }
}
