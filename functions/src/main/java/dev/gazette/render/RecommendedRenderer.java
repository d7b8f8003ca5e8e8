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

  RecommendedRenderer(RenderParts parts) {
    this.paths = parts.paths();
    this.mapper = parts.json();
  }

  /** {@code recommended.json}: {@code {articles: [{title, url, slug, excerpt}]}}, in order. */
  public RenderedFile recommended(List<ArticleSummary> picks) {
    ObjectNode document = mapper.createObjectNode();
    ArrayNode articles = document.putArray("articles");
    picks.forEach(pick -> articles.addObject()
        .put("title", pick.title())
        .put("url", paths.articleUrl(pick.slug(), OutputFormat.HTML).toString())
        .put("slug", pick.slug().value())
        .put("excerpt", ArticleTeasers.blankToNull(pick.excerpt())));
    try {
      return RenderedFile.of(OutputFormat.JSON, paths.recommended().key(OutputFormat.JSON),
          mapper.writeValueAsBytes(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
