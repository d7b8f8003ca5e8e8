package dev.gazette.publish;

import dev.gazette.article.ArticleStore;
import dev.gazette.media.MediaStore;
import dev.gazette.render.SiteRenderers;
import java.time.Clock;

/**
 * Everything a Publisher talks to, as adapters or fakes, and the site's renderers: built once
 * per container (by the handler, the rebuild or the benchmark) and shared by every Publisher
 * made of it (and its threads for calls made side by side). The redirect map holds the old
 * addresses the CDN answers with a 301 ({@link RedirectMap#NONE} where there is no such map).
 */
public record PublisherParts(ArticleStore articles, MediaStore media, ArticleLists lists,
    RelatedLinks related, PageLedger ledger, PageStore pages, CdnInvalidations invalidations,
    SiteRenderers renderers, ParallelCalls parallel, Clock clock, PublishCounters counters,
    SearchIndex search, RedirectMap redirects) {

  /** The parts of a site without a redirect map: old addresses keep only their meta-refresh pages. */
  public PublisherParts(ArticleStore articles, MediaStore media, ArticleLists lists,
      RelatedLinks related, PageLedger ledger, PageStore pages, CdnInvalidations invalidations,
      SiteRenderers renderers, ParallelCalls parallel, Clock clock, PublishCounters counters,
      SearchIndex search) {
    this(articles, media, lists, related, ledger, pages, invalidations, renderers, parallel, clock,
        counters, search, RedirectMap.NONE);
  }

  /** These parts making their calls side by side on these threads (a rebuild wants more). */
  public PublisherParts withParallel(ParallelCalls calls) {
    return new PublisherParts(articles, media, lists, related, ledger, pages, invalidations,
        renderers, calls, clock, counters, search, redirects);
  }

  /** These parts with this redirect map. */
  public PublisherParts withRedirects(RedirectMap map) {
    return new PublisherParts(articles, media, lists, related, ledger, pages, invalidations,
        renderers, parallel, clock, counters, search, map);
  }
}
