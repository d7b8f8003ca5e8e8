package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.render.MarkdownRenderer;
import dev.gazette.site.SitePaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Brings the site in line with one article. It is told only that the article is dirty (and
 * which slugs the change mentioned); what to publish comes from the table's current state, so
 * duplicate, replayed and out-of-order events all end in the same pages. The work is bounded
 * whatever the size of the archive: the article's own lists, a few month buckets, its related
 * list and its neighbours', and the pages that show it.
 */
public final class ArticlePublisher {
  /** How many of an article's closest neighbours re-rank, so new articles get linked from old ones. */
  static final int NEIGHBOURS_REFRESHED = 3;
  private static final int ATTEMPTS = 5;

  private final ArticleStore articles;
  private final ArticleLists listings;
  private final RelatedLinks related;
  private final ListedArticles entries;
  private final ListReader lists;
  private final RelatedFinder finder;
  private final SitePages pages;
  private final MonthBuckets months;
  private final PageWriter writer;
  private final PictureResolver pictures;
  private final CdnInvalidations invalidations;
  private final SitePaths paths;
  private final ParallelCalls parallel;
  private boolean staticsChecked;

  /** A Publisher over these parts. Not thread-safe: give each thread its own. */
  public static ArticlePublisher create(PublisherParts parts) {
    return new ArticlePublisher(parts, new SitePages(parts), new PageWriter(parts.pages(),
        parts.ledger(), parts.counters(), parts.clock(), parts.parallel()));
  }

  private ArticlePublisher(PublisherParts parts, SitePages pages, PageWriter writer) {
    this.articles = parts.articles();
    this.listings = parts.lists();
    this.related = parts.related();
    this.entries = new ListedArticles(new MarkdownRenderer());
    this.lists = pages.lists();
    this.finder = new RelatedFinder(lists);
    this.pages = pages;
    this.months = pages.months();
    this.writer = writer;
    this.pictures = new PictureResolver(parts.media());
    this.invalidations = parts.invalidations();
    this.paths = parts.renderers().paths();
    this.parallel = parts.parallel();
  }

  /** One article a batch names, with the slugs its records mentioned (old ones redirect). */
  public record Request(String articleId, Set<Slug> slugsMentioned) {}

  /**
   * What became of one article: when the state now live was saved (empty if it is not live), or
   * why it could not be brought in line.
   */
  public record Outcome(String articleId, Optional<Instant> live, RuntimeException failure) {
    public boolean failed() {
      return failure != null;
    }
  }

  /**
   * What a batch did: each article's outcome, and the paths the CDN was told to forget (or why
   * it could not be told: the pages are right in the bucket, readers see them when the cache
   * runs out).
   */
  public record BatchOutcome(List<Outcome> articles, Set<String> invalidatedPaths,
      RuntimeException invalidationFailure) {}

  /**
   * The published articles that show this picture: brought in line when it changes (a new
   * caption, new renditions, or gone), the way a change of the article itself would be.
   */
  public Set<String> articlesShowing(String mediaId) {
    return listings.articlesShowing(mediaId);
  }

  /**
   * Brings the site in line with one article's current state.
   *
   * @return when the state now live was saved (the article's updatedAt), empty if it is gone
   */
  public Optional<Instant> refresh(String articleId, Set<Slug> slugsMentioned) {
    Outcome outcome = publish(List.of(new Request(articleId, slugsMentioned))).articles().get(0);
    if (outcome.failed()) {
      throw outcome.failure();
    }
    return outcome.live();
  }

  /**
   * Brings the site in line with a batch of articles, each page once: first every article's
   * lists and related lists, then the article pages (what editors wait for), then the pages
   * they share (home, fronts, feeds, sitemaps), each rendered once from the state the whole
   * batch left. Each article's own page also goes out as soon as its related list is saved.
   * An article fails alone: its own step, or a page it needed, failed.
   */
  public BatchOutcome publish(List<Request> requests) {
    BatchPages batch = new BatchPages();
    for (Request request : requests) {
      try {
        Prepared prepared = prepare(request);
        if (prepared.ownPage() != null) {
          batch.writingEarly(new PageId.Article(request.articleId()), prepared.ownPage());
        }
        batch.prepared(request.articleId(), request.slugsMentioned(), prepared.pages(), prepared.wasLive());
        batch.outcome(new Outcome(request.articleId(), prepared.live(), null));
      } catch (RuntimeException failure) {
        batch.outcome(new Outcome(request.articleId(), Optional.empty(), failure));
      }
    }
    PageWriter.Outcome earlyPages = batch.awaitEarlyPages();
    List<PageJob> articleJobs = new ArrayList<>();
    batch.articlePagesLeft(earlyPages).forEach((page, slugs) ->
        articleJobs.add(pages.article(page.articleId(), slugs)));
    List<PageJob> sharedJobs = new ArrayList<>();
    batch.sharedPages().forEach(page -> sharedJobs.add(pages.job(page)));
    if (!staticsChecked) {
      sharedJobs.add(pages.statics());
    }
    PageWriter.Outcome articlePages = writer.write(articleJobs, NOTHING_CACHED);
    PageWriter.Outcome sharedPages = writer.write(sharedJobs, lists::forget);
    staticsChecked = staticsChecked || !sharedPages.failed().containsKey(PageId.SiteWide.STATICS);
    Map<PageId, RuntimeException> failedPages = new LinkedHashMap<>(articlePages.failed());
    failedPages.putAll(sharedPages.failed());
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome outcome : batch.outcomes()) {
      Optional<Map.Entry<PageId, RuntimeException>> failedPage = failedPages.entrySet().stream()
          .filter(failed -> batch.pagesOf(outcome.articleId()).contains(failed.getKey())).findFirst();
      outcomes.add(failedPage.<Outcome>map(failed -> new Outcome(outcome.articleId(), Optional.empty(),
          new IllegalStateException("page " + failed.getKey().encode() + " could not be written",
              failed.getValue()))).orElse(outcome));
    }
    Map<PageId, Set<String>> replaced = new LinkedHashMap<>(articlePages.replaced());
    earlyPages.replaced().forEach((page, keys) ->
        replaced.computeIfAbsent(page, any -> new LinkedHashSet<>()).addAll(keys));
    return invalidate(outcomes, batch.urgent(), replaced);
  }

  /** Article pages read the table directly, never the cached lists: nothing to forget. */
  private static final Runnable NOTHING_CACHED = () -> { };

  /**
   * Tells the CDN to forget the article pages that changed because an article readers could see
   * changed (edited, unpublished, deleted, moved): the page itself and those that list it as
   * related. A new article's neighbours gaining a link is not worth a purge: their cache runs
   * out soon enough. Shared pages are never purged: their cache lifetime is short.
   */
  private BatchOutcome invalidate(List<Outcome> outcomes, Set<PageId> urgent,
      Map<PageId, Set<String>> replaced) {
    Set<String> readerPaths = new TreeSet<>();
    replaced.forEach((page, keys) -> {
      if (urgent.contains(page)) {
        keys.forEach(key -> readerPaths.add(paths.cachedPath(key)));
      }
    });
    if (readerPaths.isEmpty()) {
      return new BatchOutcome(outcomes, Set.of(), null);
    }
    try {
      invalidations.invalidate(readerPaths);
      return new BatchOutcome(outcomes, readerPaths, null);
    } catch (RuntimeException failure) {
      return new BatchOutcome(outcomes, readerPaths, failure);
    }
  }

  /**
   * An article's lists brought in line: what is live now, the pages that must follow, and
   * whether readers could see it before (then a copy they hold may now be wrong).
   */
  private record Prepared(Optional<Instant> live, Set<PageId> pages, boolean wasLive,
      CompletableFuture<PageWriter.Outcome> ownPage) {}

  private Prepared prepare(Request request) {
    for (int attempt = 1; ; attempt++) {
      try {
        // A retry may rank again: then the page is written with the rest of the batch.
        return prepareOnce(request, attempt == 1);
      } catch (ConcurrentPublish concurrent) {
        if (attempt == ATTEMPTS) {
          throw concurrent;
        }
      }
    }
  }

  private Prepared prepareOnce(Request request, boolean ownPageEarly) {
    String articleId = request.articleId();
    lists.forget();
    CompletableFuture<PublishedState> stateRead = parallel.start(() -> listings.state(articleId));
    Optional<Article> current = articles.find(articleId);
    PublishedState before = stateRead.join();
    Optional<Article> live = current.filter(Article::isPublished);
    ListEntry entry = live.map(article -> entries.entryOf(article, pictures.of(article).lead()))
        .orElse(null);
    Set<ListId> target = live.map(ArticlePublisher::listsOf).orElse(Set.of());
    Instant changedAt = current.map(Article::updatedAt)
        .orElseGet(() -> before.entry() == null ? Instant.EPOCH : before.entry().summary().updatedAt());
    List<ListChange> changes = ListDiff.between(before, entry, target, months, changedAt);
    boolean entryChanged = !Objects.equals(before.entry(), entry);

    // Related lists are saved before the state: if we crash in between, the replay still sees
    // a changed entry and ranks again.
    Set<PageId> touched = new LinkedHashSet<>();
    touched.add(new PageId.Article(articleId));
    CompletableFuture<PageWriter.Outcome> ownPage;
    if (entryChanged) {
      RelatedFinder.Change change = new RelatedFinder.Change(articleId, entry, target);
      List<ArticleSummary> own = rankOwn(change);
      ownPage = ownPageEarly ? writeEarly(request) : null;
      reRankOthers(change, own).forEach(other -> touched.add(new PageId.Article(other)));
      for (ListChange listChange : changes) {
        touched.add(new PageId.Front(listChange.list()));
        touched.add(new PageId.Month(listChange.list(), listChange.month()));
        if (listChange.list().isSite()) {
          touched.addAll(SitePages.FOLLOWING_THE_SITE_LIST);
        }
      }
    } else {
      ownPage = ownPageEarly ? writeEarly(request) : null;
      touched.addAll(before.touchedPages());
    }
    PublishedState after = new PublishedState(articleId, entry, target,
        live.map(Article::slug).orElse(null), previousSlugs(before, live), touched,
        live.map(Article::mediaIds).orElse(Set.of()), before.revision() + 1);
    if (!after.sameAs(before)) {
      listings.apply(before, changes, after);
    }
    // The pages the previous change touched too, in case a crash came before they were written.
    touched.addAll(before.touchedPages());
    return new Prepared(current.map(Article::updatedAt), touched, before.entry() != null, ownPage);
  }

  /** Starts writing the article's page beside the rest of its preparation. */
  private CompletableFuture<PageWriter.Outcome> writeEarly(Request request) {
    PageJob job = pages.article(request.articleId(), request.slugsMentioned());
    return parallel.startBeside(() -> writer.write(List.of(job), NOTHING_CACHED));
  }

  private static Set<Slug> previousSlugs(PublishedState before, Optional<Article> live) {
    Set<Slug> previous = new LinkedHashSet<>(before.previousSlugs());
    if (before.slug() != null) {
      previous.add(before.slug());
    }
    live.ifPresent(article -> previous.remove(article.slug()));
    return previous;
  }

  /** The article's own related list, ranked as the lists will be with this change: saved. */
  private List<ArticleSummary> rankOwn(RelatedFinder.Change change) {
    if (change.entry() == null) {
      related.forgetRelated(change.articleId());
      return List.of();
    }
    List<ArticleSummary> own = finder.relatedTo(change.entry(), change);
    saveIfChanged(change.articleId(), own);
    return own;
  }

  /**
   * Recomputes the related lists of the articles that show this one (when what they show
   * changed) and of its closest neighbours (so a new article gets linked from older ones).
   * Returns the other articles whose list changed: their pages must be rendered again.
   */
  private Set<String> reRankOthers(RelatedFinder.Change change, List<ArticleSummary> own) {
    String articleId = change.articleId();
    Set<String> candidates = new LinkedHashSet<>();
    own.stream().limit(NEIGHBOURS_REFRESHED).forEach(neighbour -> candidates.add(neighbour.id()));
    candidates.addAll(related.linkedFrom(articleId));
    candidates.remove(articleId);
    // Each neighbour's list is its own: they are ranked and saved side by side.
    List<String> others = List.copyOf(candidates);
    List<Boolean> reRanked = parallel.map(others, other -> {
      ListEntry otherEntry = listings.state(other).entry();
      if (otherEntry == null) {
        related.forgetRelated(other);
        return false;
      }
      return saveIfChanged(other, finder.relatedTo(otherEntry, change));
    });
    Set<String> changed = new LinkedHashSet<>();
    for (int i = 0; i < others.size(); i++) {
      if (reRanked.get(i)) {
        changed.add(others.get(i));
      }
    }
    return changed;
  }

  private boolean saveIfChanged(String articleId, List<ArticleSummary> list) {
    Optional<List<ArticleSummary>> saved = related.related(articleId);
    if (saved.filter(list::equals).isPresent()) {
      return false;
    }
    related.saveRelated(articleId, saved.orElse(List.of()), list);
    return true;
  }

  private static Set<ListId> listsOf(Article article) {
    Set<ListId> lists = new LinkedHashSet<>();
    lists.add(ListId.site());
    for (Topic topic : article.topics()) {
      lists.add(ListId.topic(topic.slug()));
    }
    return lists;
  }
}
