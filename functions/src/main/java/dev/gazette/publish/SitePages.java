package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.render.ArticleRenderer;
import dev.gazette.render.ListPageRenderer;
import dev.gazette.render.RecommendedRenderer;
import dev.gazette.render.RenderedFile;
import dev.gazette.render.SitemapRenderer;
import dev.gazette.render.StaticFiles;
import dev.gazette.site.ArchiveMonth;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import java.time.Clock;
import java.time.Duration;
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
  /** Google News sitemaps list the last two days, at most 1 000 articles. */
  static final Duration NEWS_WINDOW = Duration.ofHours(48);
  static final int NEWS_LIMIT = 1_000;

  private final ArticleStore articles;
  private final ArticleLists listings;
  private final RelatedLinks related;
  private final ListReader lists;
  private final MonthBuckets months;
  private final SitePaths paths;
  private final Renderers renderers;
  private final Clock clock;

  SitePages(ArticleStore articles, ArticleLists listings, RelatedLinks related, ListReader lists,
      MonthBuckets months, SitePaths paths, Renderers renderers, Clock clock) {
    this.articles = articles;
    this.listings = listings;
    this.related = related;
    this.lists = lists;
    this.months = months;
    this.paths = paths;
    this.renderers = renderers;
    this.clock = clock;
  }

  /** The renderers a page job may use. */
  record Renderers(ArticleRenderer article, ListPageRenderer listing, SitemapRenderer sitemap,
      RecommendedRenderer recommended, StaticFiles statics) {}

  /** The job a page name stands for (names are how a published state remembers pages). */
  PageJob job(String name) {
    int colon = name.indexOf(':');
    String kind = colon < 0 ? name : name.substring(0, colon);
    String rest = colon < 0 ? "" : name.substring(colon + 1);
    return switch (kind) {
      case "article" -> article(rest, Set.of());
      case "front" -> front(new ListId(rest));
      case "month" -> month(new ListId(rest.substring(0, rest.lastIndexOf(':'))),
          YearMonth.parse(rest.substring(rest.lastIndexOf(':') + 1)));
      case "sitemap-index" -> sitemapIndex();
      case "sitemap-news" -> news();
      case "recommended" -> recommended();
      default -> throw new IllegalArgumentException("no page is named " + name);
    };
  }

  static String articleName(String id) {
    return "article:" + id;
  }

  static String frontName(ListId list) {
    return "front:" + list;
  }

  static String monthName(ListId list, String month) {
    return "month:" + list + ":" + month;
  }

  /** The pages that follow the site's list as a whole. */
  static List<String> siteWideNames() {
    return List.of("sitemap-index", "sitemap-news", "recommended");
  }

  /**
   * An article's page, its JSON, and every address it lived at before: those redirect to it
   * while it is published, and are removed when it is not (unless another article took them).
   */
  PageJob article(String id, Set<Slug> slugsMentioned) {
    return new PageJob(articleName(id), () -> {
      Optional<Article> article = articles.find(id).filter(Article::isPublished);
      PublishedState state = listings.state(id);
      Set<Slug> formerSlugs = new LinkedHashSet<>(slugsMentioned);
      formerSlugs.addAll(state.previousSlugs());
      if (state.slug() != null) {
        formerSlugs.add(state.slug());
      }
      article.ifPresent(live -> formerSlugs.remove(live.slug()));
      List<RenderedFile> files = new ArrayList<>();
      List<String> deletions = new ArrayList<>();
      article.ifPresent(live -> files.addAll(renderers.article().render(live,
          related.related(id).orElse(List.of()))));
      for (Slug former : formerSlugs) {
        if (articles.idBySlug(former).map(id::equals).orElse(true)) {
          if (article.isPresent()) {
            files.add(renderers.article().redirect(former, article.get().slug()));
            deletions.add(paths.articleKey(former, OutputFormat.JSON));
          } else {
            deletions.addAll(paths.articleKeys(former));
          }
        }
      }
      return new PageJob.Output(files, deletions);
    });
  }

  /** A topic's front page, JSON and feed, or the site's home page and feed. */
  PageJob front(ListId list) {
    return new PageJob(frontName(list), () -> {
      List<ArchiveMonth> buckets = lists.months(list);
      if (list.isSite()) {
        return PageJob.Output.of(renderers.listing().home(summaries(lists.latest(list, HOME_SIZE)), buckets));
      }
      Slug topic = list.topic().orElseThrow();
      List<ListEntry> latest = lists.latest(list, TOPIC_FRONT_SIZE);
      if (latest.isEmpty()) {
        return PageJob.Output.gone(paths.topicKeys(topic));
      }
      return PageJob.Output.of(renderers.listing().topicFront(topicOf(topic, latest), summaries(latest), buckets));
    });
  }

  /** One month bucket of a list: a topic's archive page, or the site's archive and sitemap chunk. */
  PageJob month(ListId list, YearMonth month) {
    return new PageJob(monthName(list, month.toString()), () -> {
      List<ListEntry> entries = lists.between(list, months.start(month), months.end(month), MONTH_LIMIT);
      if (entries.isEmpty()) {
        return PageJob.Output.gone(list.topic()
            .map(topic -> paths.topicMonthKeys(topic, month))
            .orElseGet(() -> paths.siteMonthKeys(month)));
      }
      Instant lastModified = entries.stream().map(entry -> entry.summary().updatedAt())
          .max(Comparator.naturalOrder()).orElseThrow();
      ArchiveMonth bucket = new ArchiveMonth(month, entries.size(), lastModified);
      if (list.isSite()) {
        return PageJob.Output.of(renderers.listing().siteMonth(bucket, summaries(entries)));
      }
      Slug topic = list.topic().orElseThrow();
      return PageJob.Output.of(renderers.listing().topicMonth(topicOf(topic, entries), bucket, summaries(entries)));
    });
  }

  PageJob sitemapIndex() {
    return new PageJob("sitemap-index", () -> PageJob.Output.of(
        List.of(renderers.sitemap().index(lists.months(ListId.site())))));
  }

  /** Google News wants the articles of the last two days; this page depends on the clock. */
  PageJob news() {
    return new PageJob("sitemap-news", () -> {
      Instant now = clock.instant();
      List<ListEntry> recent = lists.between(ListId.site(), now.minus(NEWS_WINDOW),
          now.plusSeconds(1), NEWS_LIMIT);
      return PageJob.Output.of(List.of(renderers.sitemap().news(summaries(recent))));
    });
  }

  PageJob recommended() {
    return new PageJob("recommended", () -> PageJob.Output.of(
        List.of(renderers.recommended().recommended(picks()))));
  }

  /** Assets, the 404 page and robots.txt: they change only with a new release. */
  PageJob statics() {
    return new PageJob("static", () -> PageJob.Output.of(renderers.statics().all()));
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

  private static Topic topicOf(Slug slug, List<ListEntry> entries) {
    return entries.get(0).summary().topics().stream()
        .filter(topic -> topic.slug().equals(slug))
        .findFirst().orElse(new Topic(slug.value(), slug));
  }

  private static List<ArticleSummary> summaries(List<ListEntry> entries) {
    return entries.stream().map(ListEntry::summary).toList();
  }
}
