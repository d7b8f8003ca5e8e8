package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Author;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.render.RenderedFile;
import dev.gazette.render.SearchPosting;
import dev.gazette.render.SiteRenderers;
import dev.gazette.site.ArchiveMonth;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The pages of the site as jobs for the {@link PageWriter}: each reads the table's current state
 * when it runs and renders it, or names the files that must go because what they showed is gone.
 */
final class SitePages {
  static final int TOPIC_FRONT_SIZE = 20;
  static final int HOME_SIZE = 30;
  static final int RECOMMENDED_SIZE = 5;
  /** A month page lists its whole bucket; this only guards against a runaway month. */
  static final int MONTH_LIMIT = 5_000;
  /** The pages that follow the site's list as a whole: rendered again when it changes. */
  static final List<PageId> FOLLOWING_THE_SITE_LIST = List.of(PageId.SiteWide.SITEMAP_INDEX,
      PageId.SiteWide.NEWS_SITEMAP, PageId.SiteWide.PICKS, PageId.SiteWide.SEARCH_STATS);

  private final ArticleStore articles;
  private final ArticleLists listings;
  private final RelatedLinks related;
  private final ListReader lists;
  private final MonthBuckets months;
  private final SitePaths paths;
  private final SiteRenderers renderers;
  private final PictureResolver pictures;
  private final ParallelCalls parallel;
  private final RedirectUpkeep redirects;
  private final SearchIndex search;
  private final ArticleReads reads;
  private final SitemapPages sitemaps;
  /** What {@link #readSearchAhead} read for the search files' jobs. */
  private final Map<TermMonth, List<SearchPosting>> postingsRead = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Map<YearMonth, Integer>> monthsRead = new java.util.concurrent.ConcurrentHashMap<>();

  /** The pages over these parts, reading lists through a cache of their own. */
  SitePages(PublisherParts parts) {
    this(parts, ArticleReads.direct(parts));
  }

  /** The pages over these parts, reading articles through {@code reads} (a rebuild's prefetched reads). */
  SitePages(PublisherParts parts, ArticleReads reads) {
    this.reads = reads;
    this.articles = parts.articles();
    this.listings = parts.lists();
    this.related = parts.related();
    this.lists = new ListReader(parts.lists(), parts.parallel());
    this.months = new MonthBuckets(parts.renderers().site().zone());
    this.paths = parts.renderers().paths();
    this.renderers = parts.renderers();
    this.pictures = new PictureResolver(parts.media());
    this.parallel = parts.parallel();
    this.redirects = new RedirectUpkeep(parts.redirects(), paths, parts.parallel());
    this.search = parts.search();
    this.sitemaps = new SitemapPages(listings, lists, renderers.sitemaps(), paths, parts.clock());
  }

  /** The cached list reads the jobs share; forget them before rendering from newer state. */
  ListReader lists() {
    return lists;
  }

  MonthBuckets months() {
    return months;
  }

  /** The job that renders this page (how a published state's remembered pages come back). */
  PageJob job(PageId page) {
    if (page instanceof PageId.Article article) {
      return article(article.articleId(), Set.of());
    }
    if (page instanceof PageId.Front front) {
      return front(front.list());
    }
    if (page instanceof PageId.Month month) {
      return month(month.list(), month.month());
    }
    if (page instanceof PageId.SearchTerm term) {
      return searchTerm(term.term());
    }
    if (page instanceof PageId.SearchMonth month) {
      return searchMonth(month.shard());
    }
    return switch ((PageId.SiteWide) page) {
      case SITEMAP_INDEX -> sitemapIndex();
      case NEWS_SITEMAP -> news();
      case PICKS -> recommended();
      case AUTHORS_SITEMAP -> authorsSitemap();
      case SEARCH_STATS -> searchStats();
      case STATICS -> statics();
    };
  }

  /**
   * An article's page, its JSON, and every address it lived at before: those redirect to it
   * while it is published, and are removed when it is not (unless another article took them).
   */
  PageJob article(String id, Set<Slug> slugsMentioned) {
    return new PageJob(new PageId.Article(id), () -> {
      // Read after the page's ticket is taken, side by side.
      CompletableFuture<PublishedState> stateRead = parallel.start(() -> reads.state(id));
      CompletableFuture<Optional<List<ArticleSummary>>> relatedRead = parallel.start(() -> reads.related(id));
      Optional<Article> article = reads.published(id);
      PublishedState state = stateRead.join();
      Set<Slug> formerSlugs = new LinkedHashSet<>(slugsMentioned);
      formerSlugs.addAll(state.previousSlugs());
      if (state.slug() != null) {
        formerSlugs.add(state.slug());
      }
      article.ifPresent(live -> formerSlugs.remove(live.slug()));
      List<RenderedFile> files = new ArrayList<>();
      List<String> deletions = new ArrayList<>();
      List<RedirectUpkeep.Entry> moved = new ArrayList<>();
      article.ifPresent(live -> files.addAll(renderers.articles().render(live,
          pictures.of(live), relatedRead.join().orElse(List.of()))));
      // A slug this change named may have been another article's old address: it is this one's now.
      article.filter(live -> slugsMentioned.contains(live.slug()))
          .ifPresent(live -> moved.add(new RedirectUpkeep.Entry(live.slug(), Optional.empty())));
      // What a search result shows of it; gone with it, so no result links to a missing page.
      if (article.isPresent()) {
        Article live = article.get();
        files.add(renderers.search().document(live, live.summary() != null ? live.summary()
            : renderers.markdown().excerpt(live.body(), ListedArticles.EXCERPT_LENGTH)));
      } else {
        deletions.add(paths.searchDocumentKey(id));
      }
      for (Slug former : formerSlugs) {
        if (articles.idBySlug(former).map(id::equals).orElse(true)) {
          moved.add(new RedirectUpkeep.Entry(former, article.map(Article::slug)));
          if (article.isPresent()) {
            files.add(renderers.articles().redirect(former, article.get().slug()));
            deletions.add(paths.articleKey(former, OutputFormat.JSON));
          } else {
            deletions.addAll(paths.articleKeys(former));
          }
        }
      }
      // Before the pages: the CDN is told to forget the old addresses once they are written.
      redirects.keep(moved);
      return new PageJob.Output(files, deletions);
    });
  }

  /** A topic's front page, JSON and feed, or the site's home page and feed. */
  PageJob front(ListId list) {
    return new PageJob(new PageId.Front(list), () -> {
      List<ArchiveMonth> buckets = lists.months(list);
      if (list.isSite()) {
        return PageJob.Output.of(renderers.lists().home(summaries(lists.latest(list, HOME_SIZE)), buckets));
      }
      List<ListEntry> latest = lists.latest(list, TOPIC_FRONT_SIZE);
      if (list.author().isPresent()) {
        Slug author = list.author().get();
        return latest.isEmpty() ? PageJob.Output.gone(paths.authorKeys(author))
            : PageJob.Output.of(renderers.lists().authorFront(authorOf(author, latest), summaries(latest), buckets));
      }
      Slug topic = list.topic().orElseThrow();
      if (latest.isEmpty()) {
        // The header of every page links to the menu's topics: their fronts stay, empty.
        return menuTopic(topic)
            .map(named -> PageJob.Output.of(renderers.lists().topicFront(named, List.of(), buckets)))
            .orElseGet(() -> PageJob.Output.gone(paths.topicKeys(topic)));
      }
      return PageJob.Output.of(renderers.lists().topicFront(topicOf(topic, latest), summaries(latest), buckets));
    });
  }

  /** One month bucket of a list: a topic's archive page, or the site's archive and sitemap chunk. */
  PageJob month(ListId list, YearMonth month) {
    return new PageJob(new PageId.Month(list, month), () -> {
      List<ListEntry> entries = lists.between(list, months.start(month), months.end(month), MONTH_LIMIT);
      if (entries.isEmpty()) {
        return PageJob.Output.gone(list.topic()
            .map(topic -> paths.topicMonthKeys(topic, month))
            .or(() -> list.author().map(author -> paths.authorMonthKeys(author, month)))
            .orElseGet(() -> paths.siteMonthKeys(month)));
      }
      Instant lastModified = entries.stream().map(entry -> entry.summary().updatedAt())
          .max(Comparator.naturalOrder()).orElseThrow();
      ArchiveMonth bucket = new ArchiveMonth(month, entries.size(), lastModified);
      if (list.isSite()) {
        return PageJob.Output.of(renderers.lists().siteMonth(bucket, summaries(entries)));
      }
      if (list.author().isPresent()) {
        Slug author = list.author().get();
        return PageJob.Output.of(renderers.lists().authorMonth(authorOf(author, entries), bucket, summaries(entries)));
      }
      Slug topic = list.topic().orElseThrow();
      return PageJob.Output.of(renderers.lists().topicMonth(topicOf(topic, entries), bucket, summaries(entries)));
    });
  }

  /** The month chunks, and the news sitemap while it lists an article (see {@link SitemapPages}). */
  PageJob sitemapIndex() {
    return sitemaps.index();
  }

  /** The authors' sitemap chunk, gone when no author has a published article. */
  PageJob authorsSitemap() {
    return new PageJob(PageId.SiteWide.AUTHORS_SITEMAP, () -> {
      List<Slug> authors = listings.authors();
      return authors.isEmpty()
          ? PageJob.Output.gone(List.of(paths.authorsSitemap().key(OutputFormat.XML)))
          : PageJob.Output.of(List.of(renderers.sitemaps().authors(authors)));
    });
  }

  /** Every author with a published article (what a rebuild renders pages for). */
  List<Slug> authors() {
    return listings.authors();
  }

  /** The Google News sitemap of the last 48 hours, gone when it lists none. */
  PageJob news() {
    return sitemaps.news();
  }

  PageJob recommended() {
    return new PageJob(PageId.SiteWide.PICKS, () -> PageJob.Output.of(
        List.of(renderers.picks().recommended(picks()))));
  }

  /** A term's summary in the search index, gone when no article holds the term. */
  /**
   * Reads what these search files show in a few requests, for their jobs to render from; call it
   * after their tickets are taken, and {@link #forgetSearchReads} before a round from newer state.
   */
  void readSearchAhead(java.util.Collection<PageId> held) {
    List<TermMonth> shards = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    for (PageId page : held) {
      if (page instanceof PageId.SearchMonth month) {
        shards.add(month.shard());
      } else if (page instanceof PageId.SearchTerm term) {
        terms.add(term.term());
      }
    }
    if (!shards.isEmpty()) {
      postingsRead.putAll(search.postingsOf(shards));
    }
    if (!terms.isEmpty()) {
      monthsRead.putAll(search.monthsOf(terms));
    }
  }

  /** Drops what {@link #readSearchAhead} read: the next jobs read the index again. */
  void forgetSearchReads() {
    postingsRead.clear();
    monthsRead.clear();
  }

  PageJob searchTerm(String term) {
    return new PageJob(new PageId.SearchTerm(term), () -> {
      Map<YearMonth, Integer> read = monthsRead.get(term);
      Map<YearMonth, Integer> months = read != null ? read : search.months(term);
      return months.isEmpty()
          ? PageJob.Output.gone(List.of(paths.searchTermKey(term)))
          : PageJob.Output.of(List.of(renderers.search().termSummary(term, months)));
    });
  }

  /** A term's postings of one month, gone when no article of that month holds it. */
  PageJob searchMonth(TermMonth shard) {
    return new PageJob(new PageId.SearchMonth(shard), () -> {
      List<SearchPosting> read = postingsRead.get(shard);
      List<SearchPosting> postings = read != null ? read : search.postings(shard);
      return postings.isEmpty()
          ? PageJob.Output.gone(List.of(paths.searchTermMonthKey(shard.term(), shard.month())))
          : PageJob.Output.of(List.of(renderers.search().termMonth(shard.term(), shard.month(), postings)));
    });
  }

  /** How many articles the index holds: the site list's size. */
  PageJob searchStats() {
    return new PageJob(PageId.SiteWide.SEARCH_STATS, () -> PageJob.Output.of(List.of(
        renderers.search().stats(lists.months(ListId.site()).stream().mapToLong(ArchiveMonth::count).sum()))));
  }

  /** Assets, the 404 page and robots.txt: they change only with a new release. */
  PageJob statics() {
    return new PageJob(PageId.SiteWide.STATICS, () -> PageJob.Output.of(renderers.statics().all()));
  }

  /** The newest article of each of the most recently active topics: a varied, fresh selection. */
  private List<ArticleSummary> picks() {
    Map<Slug, ArticleSummary> byTopic = new LinkedHashMap<>();
    for (ListEntry entry : lists.latest(ListId.site(), ListReader.NEWEST)) {
      ArticleSummary summary = entry.summary();
      if (!summary.topics().isEmpty() && byTopic.size() < RECOMMENDED_SIZE) {
        byTopic.putIfAbsent(summary.topics().get(0).slug(), summary);
      }
    }
    return List.copyOf(byTopic.values());
  }

  private Optional<Topic> menuTopic(Slug slug) {
    return renderers.site().menu().stream().filter(topic -> topic.slug().equals(slug)).findFirst();
  }

  private static Topic topicOf(Slug slug, List<ListEntry> entries) {
    return entries.get(0).summary().topics().stream()
        .filter(topic -> topic.slug().equals(slug))
        .findFirst().orElse(new Topic(slug.value(), slug));
  }

  /**
   * The author as the newest of these entries spells the byline: the latest spelling is the one
   * the newsroom uses now (a corrected accent shows at once), and it needs no other read.
   */
  private static Author authorOf(Slug slug, List<ListEntry> entries) {
    return entries.stream().map(entry -> Author.ofByline(entry.summary().author()))
        .flatMap(Optional::stream).filter(author -> author.slug().equals(slug))
        .findFirst().orElse(new Author(slug.value(), slug));
  }

  private static List<ArticleSummary> summaries(List<ListEntry> entries) {
    return entries.stream().map(ListEntry::summary).toList();
  }
}
