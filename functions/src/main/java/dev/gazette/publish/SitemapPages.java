package dev.gazette.publish;

import dev.gazette.article.ArticleSummary;
import dev.gazette.render.SitemapRenderer;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The two pages that change with the clock as well as with the site's list: the Google News
 * sitemap and the sitemap index that names it while it lists an article. The Publisher renders
 * them on a change, the schedule as articles age past 48 hours: the same jobs, so both write the
 * same bytes.
 */
final class SitemapPages {
  /** Google News sitemaps list the last two days, at most 1 000 articles. */
  static final Duration NEWS_WINDOW = Duration.ofHours(48);
  static final int NEWS_LIMIT = 1_000;

  private final ArticleLists listings;
  private final ListReader lists;
  private final SitemapRenderer sitemaps;
  private final SitePaths paths;
  private final Clock clock;

  SitemapPages(ArticleLists listings, ListReader lists, SitemapRenderer sitemaps, SitePaths paths,
      Clock clock) {
    this.listings = listings;
    this.lists = lists;
    this.sitemaps = sitemaps;
    this.paths = paths;
    this.clock = clock;
  }

  /** The month chunks, and the news sitemap while it lists an article: this depends on the clock too. */
  PageJob index() {
    return new PageJob(PageId.SiteWide.SITEMAP_INDEX, () -> {
      Instant newest = recentNews(1).stream().map(entry -> entry.summary().publishedAt())
          .findFirst().orElse(null);
      return PageJob.Output.of(List.of(sitemaps.index(lists.months(ListId.site()), newest,
          !listings.authors().isEmpty())));
    });
  }

  /**
   * Google News wants the articles of the last two days; this page depends on the clock. With
   * none it is removed (an empty urlset is invalid) and the sitemap index stops naming it.
   */
  PageJob news() {
    return new PageJob(PageId.SiteWide.NEWS_SITEMAP, () -> {
      List<ListEntry> recent = recentNews(NEWS_LIMIT);
      if (recent.isEmpty()) {
        return PageJob.Output.gone(List.of(paths.newsSitemap().key(OutputFormat.XML)));
      }
      return PageJob.Output.of(List.of(sitemaps.news(recent.stream().map(ListEntry::summary).toList())));
    });
  }

  private List<ListEntry> recentNews(int limit) {
    Instant now = clock.instant();
    return lists.between(ListId.site(), now.minus(NEWS_WINDOW), now.plusSeconds(1), limit);
  }
}
