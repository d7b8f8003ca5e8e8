package dev.gazette.render;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.site.ArchiveMonth;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Publishes the sitemaps crawlers read: one chunk per month of publication, an index of those
 * chunks, and a Google News sitemap of the last two days. A new article rewrites its month's
 * chunk and the index, never the whole archive.
 */
public final class SitemapRenderer {

  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
  /** Google reads at most this many URLs from a news sitemap. */
  static final int NEWS_MAX_URLS = 1000;

  private final Site site;
  private final SitePaths paths;
  private final SiteLocale locale;

  SitemapRenderer(RenderParts parts) {
    this(parts.site(), parts.paths(), parts.locale());
  }

  private SitemapRenderer(Site site, SitePaths paths, SiteLocale locale) {
    this.site = site;
    this.paths = paths;
    this.locale = locale;
  }

  /**
   * The sitemaps alone, for a function that renders nothing else (the schedule): none of the
   * template engine, JSON mapper or sanitizer {@link SiteRenderers} builds, about 2 s of a cold
   * start here.
   */
  public static SitemapRenderer of(Site site) {
    return new SitemapRenderer(site, new SitePaths(site), new SiteLocale(site));
  }

  /**
   * {@code sitemap.xml}: the chunk of every month that holds articles, with its last change, and
   * the news sitemap while it lists articles ({@code newsUpdated}, the newest one's publication;
   * null when it lists none and is not published, since an empty urlset is invalid), and the
   * authors' chunk when there is one.
   */
  public RenderedFile index(List<ArchiveMonth> months, Instant newsUpdated, boolean withAuthors) {
    XmlWriter xml = new XmlWriter().open("sitemapindex", "xmlns", SITEMAP);
    if (newsUpdated != null) {
      xml.open("sitemap").leaf("loc", paths.newsSitemap().url(OutputFormat.XML).toString())
          .leaf("lastmod", locale.isoDate(newsUpdated)).close();
    }
    if (withAuthors) {
      xml.open("sitemap").leaf("loc", paths.authorsSitemap().url(OutputFormat.XML).toString()).close();
    }
    months.stream().filter(month -> month.count() > 0).forEach(month -> {
      xml.open("sitemap").leaf("loc", paths.sitemapChunk(month.month()).url(OutputFormat.XML)
          .toString());
      if (month.lastModified() != null) {
        xml.leaf("lastmod", locale.isoDate(month.lastModified()));
      }
      xml.close();
    });
    return RenderedFile.of(OutputFormat.XML, paths.sitemapIndex().key(OutputFormat.XML), xml.close().bytes());
  }

  /**
   * {@code sitemap-news.xml}: the articles of the last 48 hours, newest first, as the caller
   * chose them, at least one (with none the file is removed). Past Google's limit only the newest
   * are kept, since a longer file is refused.
   */
  public RenderedFile news(List<ArticleSummary> recent) {
    if (recent.isEmpty()) {
      throw new IllegalArgumentException("a news sitemap lists at least one article");
    }
    XmlWriter xml = new XmlWriter().open("urlset", "xmlns", SITEMAP, "xmlns:news", NEWS);
    recent.stream().limit(NEWS_MAX_URLS).forEach(article -> xml.open("url")
        .leaf("loc", paths.articleUrl(article.slug(), OutputFormat.HTML).toString())
        .open("news:news")
        .open("news:publication")
        .leaf("news:name", site.name())
        .leaf("news:language", site.language())
        .close()
        .leaf("news:publication_date", locale.isoDate(article.publishedAt()))
        .leaf("news:title", locale.typeset(article.title()))
        .close()
        .close());
    return RenderedFile.of(OutputFormat.XML, paths.newsSitemap().key(OutputFormat.XML), xml.close().bytes());
  }

  /** {@code sitemaps/auteurs.xml}: the page of each author who has a published article. */
  public RenderedFile authors(List<Slug> authors) {
    XmlWriter xml = new XmlWriter().open("urlset", "xmlns", SITEMAP);
    authors.forEach(author -> xml.open("url")
        .leaf("loc", paths.author(author).url(OutputFormat.HTML).toString()).close());
    return RenderedFile.of(OutputFormat.XML, paths.authorsSitemap().key(OutputFormat.XML), xml.close().bytes());
  }

  /** The sitemap chunk of one month: each article's URL and when it last changed. */
  RenderedFile chunk(YearMonth month, List<ArticleSummary> entries) {
    XmlWriter xml = new XmlWriter().open("urlset", "xmlns", SITEMAP);
    entries.forEach(article -> xml.open("url")
        .leaf("loc", paths.articleUrl(article.slug(), OutputFormat.HTML).toString())
        .leaf("lastmod", locale.isoDate(ArticleTeasers.updatedAt(article)))
        .close());
    return RenderedFile.of(OutputFormat.XML, paths.sitemapChunk(month).key(OutputFormat.XML),
        xml.close().bytes());
  }
}
