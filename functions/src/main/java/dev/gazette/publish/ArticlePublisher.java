package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Author;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

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
  private final SearchUpkeep search;
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
    this.search = new SearchUpkeep(parts.search(), months);
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
    Map<String, Set<TermMonth>> searchToSettle = new LinkedHashMap<>();
    Map<String, CompletableFuture<Found>> found = readAhead(requests);
    for (Request request : requests) {
      try {
        Prepared prepared = prepare(request, found.get(request.articleId()));
        if (prepared.ownPage() != null) {
          batch.writingEarly(new PageId.Article(request.articleId()), prepared.ownPage());
        }
        batch.prepared(request.articleId(), request.slugsMentioned(), prepared.pages(), prepared.wasLive());
        searchToSettle.put(request.articleId(), prepared.searchRecorded());
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
    // In bulk: a publish touches a hundred or more search files, whose tickets and leases then
    // take a few requests instead of three each (the protocol is write's, see writeBulk).
    PageWriter.Outcome sharedPages;
    try {
      sharedPages = writer.writeBulk(sharedJobs, held -> {
        lists.forget();
        pages.readSearchAhead(held);
      }, () -> {
        lists.forget();
        pages.forgetSearchReads();
      });
    } finally {
      pages.forgetSearchReads();
    }
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
    settleSearch(outcomes, searchToSettle);
    Map<PageId, Set<String>> replaced = new LinkedHashMap<>(articlePages.replaced());
    earlyPages.replaced().forEach((page, keys) ->
        replaced.computeIfAbsent(page, any -> new LinkedHashSet<>()).addAll(keys));
    return invalidate(outcomes, batch.urgent(), replaced);
  }

  /**
   * Tells the search index that these articles' index files are written (each article's pages
   * all went out), so their next change renders only what it changes. A settle that fails
   * costs nothing but that: the next change renders the files again.
   */
  private void settleSearch(List<Outcome> outcomes, Map<String, Set<TermMonth>> recorded) {
    List<String> settled = outcomes.stream().filter(outcome -> !outcome.failed())
        .map(Outcome::articleId).filter(id -> !recorded.getOrDefault(id, Set.of()).isEmpty()).toList();
    parallel.map(settled, id -> {
      try {
        search.settle(id, recorded.get(id));
      } catch (RuntimeException failure) {
        // Left recorded: rendered again next time.
      }
      return true;
    });
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
      CompletableFuture<PageWriter.Outcome> ownPage, Set<TermMonth> searchRecorded) {}

  /** An article, its published state and what it has in the search index, as read for its preparation. */
  private record Found(Optional<Article> article, PublishedState state, IndexedArticle indexed) {}

  /**
   * Reads every article of a batch and its published state side by side before the first is
   * prepared: no article's preparation changes another's, so each saves a round trip. (A batch
   * that names an article twice finds its state changed, and that preparation reads again.)
   */
  private Map<String, CompletableFuture<Found>> readAhead(List<Request> requests) {
    Map<String, CompletableFuture<Found>> found = new LinkedHashMap<>();
    if (requests.size() < 2) {
      return found;
    }
    List<String> ids = requests.stream().map(Request::articleId).distinct().toList();
    ids.forEach(id -> found.put(id, new CompletableFuture<>()));
    parallel.startBeside(() -> parallel.map(ids, id -> {
      try {
        return found.get(id).complete(read(id));
      } catch (RuntimeException failure) {
        return found.get(id).completeExceptionally(failure);
      }
    }));
    return found;
  }

  private Found read(String articleId) {
    CompletableFuture<PublishedState> stateRead = parallel.start(() -> listings.state(articleId));
    CompletableFuture<IndexedArticle> indexedRead = parallel.start(() -> search.indexed(articleId));
    Optional<Article> current = articles.find(articleId);
    return new Found(current, joined(stateRead), joined(indexedRead));
  }

  private Prepared prepare(Request request, CompletableFuture<Found> readAhead) {
    for (int attempt = 1; ; attempt++) {
      try {
        // A retry reads again, and may rank again: then the page is written with the rest of the batch.
        Found found = attempt == 1 && readAhead != null ? joined(readAhead) : read(request.articleId());
        return prepareOnce(request, found, attempt == 1);
      } catch (ConcurrentPublish concurrent) {
        if (attempt == ATTEMPTS) {
          throw concurrent;
        }
      }
    }
  }

  private Prepared prepareOnce(Request request, Found found, boolean ownPageEarly) {
    String articleId = request.articleId();
    lists.forget();
    Optional<Article> current = found.article();
    PublishedState before = found.state();
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
      // One round: the article's saved list, who shows it, and the lists its ranking reads.
      List<ListId> ofTopics = target.stream().filter(list -> list.topic().isPresent()).toList();
      List<ListId> ranked = target.stream().filter(list -> list.author().isEmpty()).toList();
      List<Runnable> round = new ArrayList<>(lists.reads(ofTopics, ranked));
      AtomicReference<Optional<List<ArticleSummary>>> savedRead = new AtomicReference<>();
      AtomicReference<List<String>> linkedRead = new AtomicReference<>();
      round.add(() -> savedRead.set(related.related(articleId)));
      round.add(() -> linkedRead.set(related.linkedFrom(articleId)));
      parallel.map(round, read -> {
        read.run();
        return true;
      });
      List<ArticleSummary> own = entry == null ? List.of() : finder.relatedTo(entry, change);
      Optional<List<ArticleSummary>> saved = savedRead.get();
      // The own list is saved beside the neighbours' reads; its page waits only for that save.
      CompletableFuture<Boolean> ownSave = parallel.start(() -> saveOwn(articleId, entry, saved, own));
      ownPage = ownPageEarly ? writeEarly(request, ownSave) : null;
      Set<String> others = reRankOthers(change, own, linkedRead.get(), ownSave);
      others.forEach(other -> touched.add(new PageId.Article(other)));
      for (ListChange listChange : changes) {
        touched.add(new PageId.Front(listChange.list()));
        touched.add(new PageId.Month(listChange.list(), listChange.month()));
        if (listChange.list().isSite()) {
          touched.addAll(SitePages.FOLLOWING_THE_SITE_LIST);
        }
        if (listChange.list().author().isPresent() && listChange.countDelta() != 0) {
          // An author may have come or gone: the authors' sitemap and the index that names it.
          touched.add(PageId.SiteWide.AUTHORS_SITEMAP);
          touched.add(PageId.SiteWide.SITEMAP_INDEX);
        }
      }
    } else {
      ownPage = ownPageEarly ? writeEarly(request, null) : null;
      touched.addAll(before.touchedPages());
    }
    PublishedState after = new PublishedState(articleId, entry, target,
        live.map(Article::slug).orElse(null), previousSlugs(before, request.slugsMentioned(), live), touched,
        live.map(Article::mediaIds).orElse(Set.of()), before.revision() + 1);
    // The index before the state: if we crash in between, the replay renders its files again.
    SearchUpkeep.Upkeep searchUpkeep = search.bringInLine(articleId, found.indexed(), live);
    if (!after.sameAs(before)) {
      listings.apply(before, changes, after);
    }
    // The pages the previous change touched too, in case a crash came before they were written.
    touched.addAll(before.touchedPages());
    touched.addAll(searchUpkeep.pages());
    return new Prepared(current.map(Article::updatedAt), touched, before.entry() != null, ownPage,
        searchUpkeep.recorded());
  }

  /**
   * Starts writing the article's page beside the rest of its preparation: its ticket is taken
   * while its related list is saved (null: nothing to save), it is rendered once that is saved.
   */
  private CompletableFuture<PageWriter.Outcome> writeEarly(Request request, CompletableFuture<Boolean> ownSave) {
    PageJob job = pages.article(request.articleId(), request.slugsMentioned());
    return parallel.startBeside(() -> writer.write(List.of(job), NOTHING_CACHED, ownSave));
  }

  /**
   * Every address the article lived at: kept so that its redirects can be taken down when it
   * goes. The batch's own slugs count too: an article created and renamed within one batch was
   * never saved under its first slug, yet its page redirects from it.
   */
  private static Set<Slug> previousSlugs(PublishedState before, Set<Slug> slugsMentioned,
      Optional<Article> live) {
    Set<Slug> previous = new LinkedHashSet<>(before.previousSlugs());
    if (before.slug() != null) {
      previous.add(before.slug());
    }
    previous.addAll(slugsMentioned);
    live.ifPresent(article -> previous.remove(article.slug()));
    return previous;
  }

  /**
   * Saves the article's own related list, ranked as the lists will be with this change, given
   * the list saved before; drops it when the article left the lists.
   */
  private boolean saveOwn(String articleId, ListEntry entry, Optional<List<ArticleSummary>> saved,
      List<ArticleSummary> own) {
    if (entry == null) {
      if (saved.isPresent()) {
        related.forgetRelated(articleId);
      }
      return saved.isPresent();
    }
    return saveIfChanged(articleId, saved, own);
  }

  /**
   * Recomputes the related lists of the articles that show this one (when what they show
   * changed) and of its closest neighbours (so a new article gets linked from older ones).
   * Returns the other articles whose list changed: their pages must be rendered again.
   * Their entries come from the lists just read where they are in them; their saved lists
   * and any missing entries are read in one round, beside the article's own save.
   */
  private Set<String> reRankOthers(RelatedFinder.Change change, List<ArticleSummary> own,
      List<String> linkedFrom, CompletableFuture<Boolean> ownSave) {
    String articleId = change.articleId();
    Set<String> candidates = new LinkedHashSet<>();
    own.stream().limit(NEIGHBOURS_REFRESHED).forEach(neighbour -> candidates.add(neighbour.id()));
    candidates.addAll(linkedFrom);
    candidates.remove(articleId);
    List<String> others = List.copyOf(candidates);
    Map<String, ListEntry> listed = lists.entriesRead();
    List<ListId> topics = others.stream().filter(listed::containsKey)
        .flatMap(other -> listed.get(other).summary().topics().stream())
        .map(topic -> ListId.topic(topic.slug())).distinct().toList();
    List<ListId> withSite = new ArrayList<>(topics);
    withSite.add(ListId.site());
    // One round: their saved lists, their entries when not listed, their topics' lists.
    List<Runnable> round = new ArrayList<>(lists.reads(topics, withSite));
    Map<String, Neighbour> found = new ConcurrentHashMap<>();
    others.forEach(other -> round.add(() -> found.put(other, new Neighbour(other,
        listed.containsKey(other) ? listed.get(other) : listings.state(other).entry(),
        related.related(other)))));
    parallel.map(round, read -> {
      read.run();
      return true;
    });
    List<Neighbour> read = others.stream().map(found::get).toList();
    List<Boolean> reRanked = parallel.map(read, neighbour -> {
      if (neighbour.entry() == null) {
        if (neighbour.saved().isEmpty()) {
          return false;
        }
        related.forgetRelated(neighbour.id());
        return false;
      }
      return saveIfChanged(neighbour.id(), neighbour.saved(), finder.relatedTo(neighbour.entry(), change));
    });
    joined(ownSave);
    Set<String> changed = new LinkedHashSet<>();
    for (int i = 0; i < others.size(); i++) {
      if (reRanked.get(i)) {
        changed.add(others.get(i));
      }
    }
    return changed;
  }

  /** A call's result, or its own failure rather than a wrapped one. */
  private static <T> T joined(CompletableFuture<T> call) {
    try {
      return call.join();
    } catch (CompletionException wrapped) {
      if (wrapped.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw wrapped;
    }
  }

  /** Another article to rank again: its listed entry (null when unlisted) and its saved list. */
  private record Neighbour(String id, ListEntry entry, Optional<List<ArticleSummary>> saved) {}

  private boolean saveIfChanged(String articleId, Optional<List<ArticleSummary>> saved, List<ArticleSummary> list) {
    if (saved.filter(list::equals).isPresent()) {
      return false;
    }
    related.saveRelated(articleId, saved.orElse(List.of()), list);
    return true;
  }

  /** The lists a published article belongs in: the site's, each topic's and its author's. */
  static Set<ListId> listsOf(Article article) {
    Set<ListId> lists = new LinkedHashSet<>();
    lists.add(ListId.site());
    for (Topic topic : article.topics()) {
      lists.add(ListId.topic(topic.slug()));
    }
    // A byline edit moves the article between authors' lists in the same change, like a topic.
    Author.ofByline(article.author()).ifPresent(author -> lists.add(ListId.author(author.slug())));
    return lists;
  }
}
