package dev.gazette.render;

import dev.gazette.article.Article;
import dev.gazette.article.RenderedFile;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Publishes an article as the files readers get: its HTML page and its JSON document. The output
 * depends only on the article and the site, so unchanged articles give identical bytes and
 * their writes can be skipped by comparing hashes.
 */
public final class ArticleRenderer {

  private final SitePaths paths;
  private final ArticlePages pages;
  private final ArticleJson json = new ArticleJson();
  // Precompiled at build time: no template compiler or class generation at Lambda cold start.
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  public ArticleRenderer(Site site) {
    this.paths = new SitePaths(site);
    this.pages = new ArticlePages(site, paths, new SiteLocale(site), new MarkdownRenderer());
  }

  /** The article's files, HTML first; drafts are refused because they must never reach S3. */
  public List<RenderedFile> render(Article article) {
    if (!article.isPublished()) {
      throw new IllegalArgumentException("article " + article.id() + " is not published");
    }
    ArticlePage page = pages.of(article);
    return List.of(
        file(page, OutputFormat.HTML, html(page)),
        file(page, OutputFormat.JSON, json.write(page)));
  }

  private byte[] html(ArticlePage page) {
    StringOutput output = new StringOutput();
    templates.render("article.jte", page, output);
    return output.toString().getBytes(StandardCharsets.UTF_8);
  }

  private RenderedFile file(ArticlePage page, OutputFormat format, byte[] bytes) {
    return new RenderedFile(paths.articleKey(page.slug(), format), bytes, format.mediaType(),
        format.cacheControl());
  }
}
