package dev.gazette.publish;

import dev.gazette.article.ArticleStore;
import dev.gazette.media.MediaStore;
import dev.gazette.render.SiteRenderers;
import java.time.Clock;

/**
 * Everything a Publisher talks to, as adapters or fakes, and the site's renderers: built once
 * per container (by the handler, the rebuild or the benchmark) and shared by every Publisher
 * made of it (and its threads for calls made side by side).
 */
public record PublisherParts(ArticleStore articles, MediaStore media, ArticleLists lists,
    RelatedLinks related, PageLedger ledger, PageStore pages, CdnInvalidations invalidations,
    SiteRenderers renderers, ParallelCalls parallel, Clock clock, PublishCounters counters,
    SearchIndex search) {}
