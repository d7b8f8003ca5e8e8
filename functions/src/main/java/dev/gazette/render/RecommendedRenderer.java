package dev.gazette.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.ArticleSummary;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Publishes the site-wide picks "Ces articles devraient vous intéresser" as one small JSON file
 * that every article page loads, so changing the picks rewrites one object, not every page.
 */
public final class RecommendedRenderer {

  private final SitePaths paths;
  private final ObjectMapper mapper;
  private final PictureViews pictures;
  private final SiteLocale locale;

  RecommendedRenderer(RenderParts parts) {
    this.locale = parts.locale();
    this.paths = parts.paths();
    this.mapper = parts.json();
    this.pictures = new PictureViews(paths);
  }

  /**
   * {@code recommended.json}: {@code {articles: [{title, url, slug, excerpt, image}]}}, in order;
   * {@code image} is the teaser thumbnail ({@code {url, width, height, alt, sizes, srcset: [{url,
   * width}]}}) or null.
   */
  public RenderedFile recommended(List<ArticleSummary> picks) {
    ObjectNode document = mapper.createObjectNode();
    ArrayNode articles = document.putArray("articles");
    picks.forEach(pick -> {
      ObjectNode article = articles.addObject()
          .put("title", locale.typeset(pick.title()))
          .put("url", paths.articleUrl(pick.slug(), OutputFormat.HTML).toString())
          .put("slug", pick.slug().value())
          .put("excerpt", locale.typeset(ArticleTeasers.blankToNull(pick.excerpt())));
      image(article, pick.picture() == null ? null : pictures.thumbnail(pick.picture()));
    });
    try {
      return RenderedFile.of(OutputFormat.JSON, paths.recommended().key(OutputFormat.JSON),
          mapper.writeValueAsBytes(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void image(ObjectNode article, Thumbnail thumbnail) {
    if (thumbnail == null) {
      article.putNull("image");
      return;
    }
    ObjectNode image = article.putObject("image")
        .put("url", thumbnail.src())
        .put("width", thumbnail.width())
        .put("height", thumbnail.height())
        .put("alt", thumbnail.alt())
        .put("sizes", thumbnail.sizes());
    ArrayNode srcset = image.putArray("srcset");
    thumbnail.widths().forEach(file -> srcset.addObject()
        .put("url", file.url())
        .put("width", file.width()));
  }
}
