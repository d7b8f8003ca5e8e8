package dev.gazette.render;

import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.site.CacheLifetime;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.PageAddress;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.util.List;

/**
 * Publishes an article as the files readers get: its HTML page and its JSON document, and the
 * page left at its old address when its slug changes. The output depends only on the arguments
 * and the site, so unchanged articles give identical bytes and their writes can be skipped.
 */
public final class ArticleRenderer {

  private final Site site;
  private final SitePaths paths;
  private final SiteLocale locale;
  private final ArticlePages pages;
  private final ArticleJson json;
  private final HtmlTemplates templates;

  ArticleRenderer(RenderParts parts, MarkdownRenderer markdown, StaticFiles statics) {
    this.site = parts.site();
    this.paths = parts.paths();
    this.locale = parts.locale();
    this.templates = parts.templates();
    this.json = new ArticleJson(parts.json());
    this.pages = new ArticlePages(site, paths, locale, markdown, statics.recommendedScriptPath(),
        statics.embedScriptPath());
  }

  /**
   * The article's files, HTML first, with the pictures it shows (its lead picture and those its
   * body names, resolved; {@link ArticlePictures#NONE} for none) and the related articles "Aller
   * plus loin" lists (best first, may be empty). Drafts are refused because they must never
   * reach S3.
   */
  public List<RenderedFile> render(
      Article article, ArticlePictures pictures, List<ArticleSummary> related) {
    if (!article.isPublished()) {
      throw new IllegalArgumentException("article " + article.id() + " is not published");
    }
    ArticlePage page = pages.of(article, pictures, related);
    PageAddress address = paths.article(page.slug());
    return List.of(
        RenderedFile.of(OutputFormat.HTML, CacheLifetime.ARTICLE, address.key(OutputFormat.HTML),
            templates.render("article.jte", page)),
        RenderedFile.of(OutputFormat.JSON, CacheLifetime.ARTICLE, address.key(OutputFormat.JSON), json.write(page)));
  }

  /** The page at the old slug's address that sends readers and crawlers to the new one. */
  public RenderedFile redirect(Slug oldSlug, Slug newSlug) {
    RedirectPage page = new RedirectPage(site.language(), locale.labels().moved(),
        paths.articleUrl(newSlug, OutputFormat.HTML), locale.labels().movedLink());
    return RenderedFile.of(OutputFormat.HTML, CacheLifetime.ARTICLE, paths.articleKey(oldSlug, OutputFormat.HTML),
        templates.render("redirect.jte", page));
  }
}
