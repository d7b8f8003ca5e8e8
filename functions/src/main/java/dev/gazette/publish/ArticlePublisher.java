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
   * batch left. An article fails alone: its own step, or a page it needed, failed.
   */
  public BatchOutcome publish(List<Request> requests) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    Map<String, Set<PageId>> pagesOf = new LinkedHashMap<>();
    Map<PageId, Set<Slug>> articlePages = new LinkedHashMap<>();
    Set<PageId> shared = new LinkedHashSet<>();
    Set<PageId> readersMayHoldWrong = new LinkedHashSet<>();
    for (Request request : requests) {
      try {
        Prepared prepared = prepare(request.articleId());
        outcomes.put(request.articleId(), new Outcome(request.articleId(), prepared.live(), null));
        pagesOf.put(request.articleId(), prepared.pages());
        if (prepared.wasLive()) {
          readersMayHoldWrong.addAll(prepared.pages());
        }
        articlePages.computeIfAbsent(new PageId.Article(request.articleId()), page -> new LinkedHashSet<>())
            .addAll(request.slugsMentioned());
        for (PageId page : prepared.pages()) {
          if (page instanceof PageId.Article) {
            articlePages.computeIfAbsent(page, any -> new LinkedHashSet<>());
          } else {
            shared.add(page);
          }
        }
      } catch (RuntimeException failure) {
        outcomes.put(request.articleId(), new Outcome(request.articleId(), Optional.empty(), failure));
      }
    }
    List<PageJob> articleJobs = new ArrayList<>();
    articlePages.forEach((page, slugs) ->
        articleJobs.add(pages.article(((PageId.Article) page).articleId(), slugs)));
    List<PageJob> sharedJobs = new ArrayList<>();
    shared.forEach(page -> sharedJobs.add(pages.job(page)));
    if (!staticsChecked) {
      sharedJobs.add(pages.statics());
    }
    PageWriter.Outcome first = writer.write(articleJobs, lists::forget);
    PageWriter.Outcome second = writer.write(sharedJobs, lists::forget);
    staticsChecked = staticsChecked || !second.failed().containsKey(PageId.SiteWide.STATICS);
    Map<PageId, RuntimeException> failedPages = new LinkedHashMap<>(first.failed());
    failedPages.putAll(second.failed());
    pagesOf.forEach((article, touched) -> failedPages.entrySet().stream()
        .filter(failed -> touched.contains(failed.getKey())).findFirst()
        .ifPresent(failed -> outcomes.put(article, new Outcome(article, Optional.empty(),
            new IllegalStateException("page " + failed.getKey().encode() + " could not be written",
                failed.getValue())))));
    return invalidate(List.copyOf(outcomes.values()), readersMayHoldWrong, first);
  }

  /**
   * Tells the CDN to forget the article pages that changed because an article readers could see
   * changed (edited, unpublished, deleted, moved): the page itself and those that list it as
   * related. A new article's neighbours gaining a link is not worth a purge: their cache runs
   * out soon enough. Shared pages are never purged: their cache lifetime is short.
   */
  private BatchOutcome invalidate(List<Outcome> outcomes, Set<PageId> urgent, PageWriter.Outcome articlePages) {
    Set<String> readerPaths = new TreeSet<>();
    articlePages.replaced().forEach((page, keys) -> {
      if (urgent.contains(page)) {
        keys.forEach(key -> readerPaths.addAll(paths.readerPaths(key)));
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
  private record Prepared(Optional<Instant> live, Set<PageId> pages, boolean wasLive) {}

  private Prepared prepare(String articleId) {
    for (int attempt = 1; ; attempt++) {
      try {
        return prepareOnce(articleId);
      } catch (ConcurrentPublish concurrent) {
        if (attempt == ATTEMPTS) {
          throw concurrent;
        }
      }
    }
  }

  private Prepared prepareOnce(String articleId) {
    lists.forget();
    Optional<Article> current = articles.find(articleId);
    Optional<Article> live = current.filter(Article::isPublished);
    PublishedState before = listings.state(articleId);
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
    if (entryChanged) {
      reRank(new RelatedFinder.Change(articleId, entry, target)).forEach(other -> touched.add(new PageId.Article(other)));
      for (ListChange change : changes) {
        touched.add(new PageId.Front(change.list()));
        touched.add(new PageId.Month(change.list(), change.month()));
        if (change.list().isSite()) {
          touched.addAll(SitePages.FOLLOWING_THE_SITE_LIST);
        }
      }
    } else {
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
    return new Prepared(current.map(Article::updatedAt), touched, before.entry() != null);
  }

  private static Set<Slug> previousSlugs(PublishedState before, Optional<Article> live) {
    Set<Slug> previous = new LinkedHashSet<>(before.previousSlugs());
    if (before.slug() != null) {
      previous.add(before.slug());
    }
    live.ifPresent(article -> previous.remove(article.slug()));
    return previous;
  }

  /**
   * Recomputes the related lists this change may alter: the article's own, those of the
   * articles that show it (when what they show changed), and those of its closest neighbours
   * (so a new article gets linked from older ones). Returns the other articles whose list
   * changed: their pages must be rendered again.
   */
  private Set<String> reRank(RelatedFinder.Change change) {
    String articleId = change.articleId();
    Set<String> candidates = new LinkedHashSet<>();
    if (change.entry() == null) {
      related.forgetRelated(articleId);
    } else {
      List<ArticleSummary> own = finder.relatedTo(change.entry(), change);
      saveIfChanged(articleId, own);
      own.stream().limit(NEIGHBOURS_REFRESHED).forEach(neighbour -> candidates.add(neighbour.id()));
    }
    candidates.addAll(related.linkedFrom(articleId));
    candidates.remove(articleId);
    Set<String> changed = new LinkedHashSet<>();
    for (String other : candidates) {
      ListEntry otherEntry = listings.state(other).entry();
      if (otherEntry == null) {
        related.forgetRelated(other);
      } else if (saveIfChanged(other, finder.relatedTo(otherEntry, change))) {
        changed.add(other);
      }
    }
    return changed;
  }

  private boolean saveIfChanged(String articleId, List<ArticleSummary> list) {
    if (related.related(articleId).filter(list::equals).isPresent()) {
      return false;
    }
    related.saveRelated(articleId, list);
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
