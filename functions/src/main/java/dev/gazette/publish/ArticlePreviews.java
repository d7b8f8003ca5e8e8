package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.PagePreview;
import dev.gazette.media.MediaStore;
import dev.gazette.render.RenderedFile;
import dev.gazette.render.SiteRenderers;
import dev.gazette.site.OutputFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The editor API's previews, made exactly as the Publisher makes an article page (same
 * renderers, same picture resolution) and then marked {@code noindex}. An article already stored
 * shows the related list the Publisher last computed for it; a new one shows none (ranking needs
 * the lists the Publisher keeps for published articles). It writes nothing: it has no page store.
 */
public final class ArticlePreviews implements PagePreview {
  /** The robots line every article page carries (layout/page.jte), and the one a preview carries. */
  static final String PUBLISHED_ROBOTS = "<meta name=\"robots\" content=\"max-image-preview:large\">";
  static final String PREVIEW_ROBOTS = "<meta name=\"robots\" content=\"noindex\">";

  private final Supplier<SiteRenderers> renderers;
  private final PictureResolver pictures;
  private final RelatedLinks related;

  /** {@code renderers} is asked on the first preview: the API's cold start does not pay for the templates. */
  public ArticlePreviews(Supplier<SiteRenderers> renderers, MediaStore media, RelatedLinks related) {
    this.renderers = renderers;
    this.pictures = new PictureResolver(media);
    this.related = related;
  }

  @Override
  public String page(Article article) {
    List<ArticleSummary> shown = article.version() > 1 ? related.related(article.id()).orElse(List.of()) : List.of();
    RenderedFile html = renderers.get().articles().render(article, pictures.of(article), shown).stream()
        .filter(file -> file.contentType().equals(OutputFormat.HTML.mediaType()))
        .findFirst().orElseThrow();
    String page = new String(html.bytes(), StandardCharsets.UTF_8);
    if (!page.contains(PUBLISHED_ROBOTS)) {
      // A preview that search engines could index must never go out: fail loudly instead.
      throw new IllegalStateException("the article page no longer carries " + PUBLISHED_ROBOTS);
    }
    return page.replace(PUBLISHED_ROBOTS, PREVIEW_ROBOTS);
  }
}
