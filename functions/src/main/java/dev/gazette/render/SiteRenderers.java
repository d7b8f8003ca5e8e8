package dev.gazette.render;

import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;

/**
 * Every renderer of one site, built once per container over shared parts (one locale bundle,
 * one template engine, one JSON mapper): the Publisher, the rebuild and the benchmark all take
 * their renderers from here.
 */
public final class SiteRenderers {
  private final Site site;
  private final SitePaths paths;
  private final MarkdownRenderer markdown;
  private final StaticFiles statics;
  private final ArticleRenderer articles;
  private final SitemapRenderer sitemaps;
  private final ListPageRenderer lists;
  private final RecommendedRenderer picks;
  private final SearchIndexRenderer search;

  private SiteRenderers(RenderParts parts) {
    this.site = parts.site();
    this.paths = parts.paths();
    this.markdown = new MarkdownRenderer(parts);
    this.statics = new StaticFiles(parts);
    this.articles = new ArticleRenderer(parts, markdown, statics);
    this.sitemaps = new SitemapRenderer(parts);
    this.lists = new ListPageRenderer(parts, sitemaps);
    this.picks = new RecommendedRenderer(parts);
    this.search = new SearchIndexRenderer(parts);
  }

  public static SiteRenderers of(Site site) {
    return new SiteRenderers(RenderParts.of(site));
  }

  public Site site() {
    return site;
  }

  public SitePaths paths() {
    return paths;
  }

  public MarkdownRenderer markdown() {
    return markdown;
  }

  public ArticleRenderer articles() {
    return articles;
  }

  public ListPageRenderer lists() {
    return lists;
  }

  public SitemapRenderer sitemaps() {
    return sitemaps;
  }

  public RecommendedRenderer picks() {
    return picks;
  }

  public SearchIndexRenderer search() {
    return search;
  }

  public StaticFiles statics() {
    return statics;
  }
}
