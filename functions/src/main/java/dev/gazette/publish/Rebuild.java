package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.site.ArchiveMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders published pages again from the table's current state, the way the Publisher does
 * (tickets, leases, hashes), so that only files whose bytes changed are written: what an
 * operator runs after a release changes templates or site settings. It changes no list; it
 * indexes for search the articles the index does not hold yet.
 *
 * <p>Articles come a page at a time ({@link #articles}): their tickets and leases taken and given
 * back in a few batch requests, what they show read in a few more, after the tickets, and their
 * pages rendered and written side by side; so a rebuild running beside a Publisher still never
 * leaves an older rendering over a newer one (see {@link PageWriter#writeBulk}).
 *
 * <p>A rebuild is chunks of articles, which may run side by side ({@link #articles}), then the
 * pages they share, rendered once by one writer ({@link #sharedPages}): the home page, fronts,
 * months, feeds, sitemaps, search term files and stats. Not thread-safe: give each worker its own.
 */
public final class Rebuild {
  private final SitePages pages;
  private final ListReader lists;
  private final PageWriter writer;
  private final ArticleStore articles;
  private final SearchUpkeep search;
  private final PrefetchedReads reads;
  private final ParallelCalls parallel;
  private final boolean force;
  private final List<Slug> menu;
  /** Shared files claimed together: a few ledger transactions (100 pages each) at a time. */
  private static final int SHARED_BATCH = 300;

  private Rebuild(PublisherParts parts, SitePages pages, PrefetchedReads reads, boolean force) {
    this.pages = pages;
    this.lists = pages.lists();
    this.writer = new PageWriter(parts.pages(), parts.ledger(), parts.counters(), parts.clock(), parts.parallel(),
        !force);
    this.articles = parts.articles();
    this.search = new SearchUpkeep(parts.search(), pages.months());
    this.reads = reads;
    this.parallel = parts.parallel();
    this.force = force;
    this.menu = parts.renderers().site().menu().stream().map(Topic::slug).toList();
  }

  /** @param force write every file, even those the ledger says are unchanged */
  public static Rebuild create(PublisherParts parts, boolean force) {
    PrefetchedReads reads = new PrefetchedReads(parts);
    return new Rebuild(parts, new SitePages(parts, reads), reads, force);
  }

  /**
   * Everything a rebuild does for one article, its share of the search files included: for a
   * single article, where no other chunk shares them.
   */
  public void article(String articleId) {
    RenderedArticles rendered = articles(List.of(articleId));
    searchPages(rendered.sharedPages());
    settle(rendered);
  }

  /**
   * A chunk's own work: these articles' pages and JSON, their search documents, the redirects from
   * their former addresses, and their part of the search index (indexed if they were not, a site
   * older than the index). The search term files they touch are shared with every other chunk
   * (an archive's articles share most of their words), so they are not written here but returned,
   * to be rendered once for the whole rebuild; rendering them per chunk had every worker queue on
   * the same files' leases.
   */
  public RenderedArticles articles(List<String> articleIds) {
    Map<String, Article> live = new HashMap<>(articles.findAll(articleIds));
    live.values().removeIf(article -> !article.isPublished());
    Map<String, IndexedArticle> indexed = search.indexedAll(articleIds);
    Set<PageId> searchPages = new LinkedHashSet<>();
    Map<String, Set<TermMonth>> toSettle = new LinkedHashMap<>();
    // Analysing each article's text is work for every core; an article already indexed as it is
    // writes nothing here.
    List<SearchUpkeep.Upkeep> upkeeps = parallel.map(articleIds, id -> search.bringInLine(id,
        indexed.getOrDefault(id, IndexedArticle.none()), Optional.ofNullable(live.get(id))));
    for (int i = 0; i < articleIds.size(); i++) {
      searchPages.addAll(upkeeps.get(i).pages());
      toSettle.put(articleIds.get(i), upkeeps.get(i).recorded());
    }
    if (force) {
      parallel.map(articleIds, search::pagesOfTermsHeld).forEach(searchPages::addAll);
    }
    List<PageJob> jobs = articleIds.stream().map(id -> pages.article(id, Set.of())).toList();
    try {
      writer.writeBulk(jobs, held -> reads.load(held.stream().map(page -> ((PageId.Article) page).articleId()).toList()),
          () -> {
            reads.forget();
            lists.forget();
          }).throwIfFailed();
    } finally {
      reads.forget();
    }
    return new RenderedArticles(searchPages, toSettle);
  }

  /**
   * Lets these articles' index records forget the term months they name as unwritten: call it
   * once the files are written, or once they are saved where the rebuild renders them from
   * (a checkpoint, a progress item), so that a crash still renders them.
   */
  public void settle(RenderedArticles rendered) {
    parallel.map(List.copyOf(rendered.toSettle().entrySet()), entry -> {
      search.settle(entry.getKey(), entry.getValue());
      return true;
    });
  }

  /**
   * The pages every chunk shares, each once, by this one writer: the search files the chunks
   * touched (in bulk, a few hundred at a time), then every list page ({@link #lists}).
   */
  public void sharedPages(Collection<Slug> topics, Collection<PageId> searchPages) {
    searchPages(searchPages);
    lists(topics);
  }

  /** These search files, each once, in bulk: claimed a few hundred at a time. */
  private void searchPages(Collection<PageId> searchPages) {
    List<PageId> files = List.copyOf(new LinkedHashSet<>(searchPages));
    for (int from = 0; from < files.size(); from += SHARED_BATCH) {
      List<PageJob> jobs = files.subList(from, Math.min(files.size(), from + SHARED_BATCH)).stream()
          .map(pages::job).toList();
      try {
        writer.writeBulk(jobs, held -> {
          lists.forget();
          pages.readSearchAhead(held);
        }, () -> {
          lists.forget();
          pages.forgetSearchReads();
        }).throwIfFailed();
      } finally {
        pages.forgetSearchReads();
      }
    }
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
