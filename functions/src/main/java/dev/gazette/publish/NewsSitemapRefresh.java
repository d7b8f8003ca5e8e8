package dev.gazette.publish;

import dev.gazette.render.SitemapRenderer;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Keeps the Google News sitemap to its last 48 hours as time passes, not only when something is
 * published: the schedule runs it every minute. It renders the news sitemap and the sitemap index
 * as the Publisher does and, through the same page ledger, writes only what an article leaving
 * the window changed (the news sitemap; when it was the last one, the file goes and the index
 * stops naming it). A minute in which nothing aged out reads and writes nothing else.
 * Not thread-safe: one per container.
 */
public final class NewsSitemapRefresh {
  private final ListReader lists;
  private final SitemapPages pages;
  private final PageWriter writer;

  private NewsSitemapRefresh(ListReader lists, SitemapPages pages, PageWriter writer) {
    this.lists = lists;
    this.pages = pages;
    this.writer = writer;
  }

  /** Over the site's lists, the page ledger and the bucket; it renders nothing but sitemaps. */
  public static NewsSitemapRefresh over(ArticleLists listings, PageLedger ledger, PageStore bucket,
      Site site, ParallelCalls parallel, Clock clock, PublishCounters counters) {
    ListReader lists = new ListReader(listings, parallel);
    SitemapPages pages = new SitemapPages(listings, lists, SitemapRenderer.of(site), new SitePaths(site), clock);
    return new NewsSitemapRefresh(lists, pages, new PageWriter(bucket, ledger, counters, clock, parallel));
  }

  /**
   * Brings both pages in line with the clock.
   *
   * @return the pages written or removed: none in the common minute
   */
  public Set<PageId> refresh() {
    lists.forget();
    PageWriter.Outcome outcome = writer.writeChanged(List.of(pages.news(), pages.index()), lists::forget);
    outcome.throwIfFailed();
    return outcome.done();
  }
}
