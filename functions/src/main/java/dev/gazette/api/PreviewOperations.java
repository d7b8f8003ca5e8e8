package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.gazette.article.Article;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PagePreview;
import java.util.Map;

/**
 * {@code POST /articles/preview}: the page an article's content would give, rendered by the
 * Publisher's own templates and handed back, never stored. Drafts of a stored article are
 * previewed over it (its id, slug, first publication date and published corrections).
 */
final class PreviewOperations {
  private final EditorDesk desk;
  private final ArticleReader reader;
  private final PagePreview preview;

  PreviewOperations(EditorDesk desk, ArticleReader reader, PagePreview preview) {
    this.desk = desk;
    this.reader = reader;
    this.preview = preview;
  }

  APIGatewayV2HTTPResponse preview(Call call) {
    ArticleQueryParameters.refuseAll(call.request().queryParameters());
    ArticleReader.Preview asked = reader.readPreview(call.body());
    Article unsaved = desk.preview(asked.content(), asked.id(), call.editor());
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(200)
        .withHeaders(Map.of("Content-Type", "text/html; charset=utf-8", "Cache-Control", "no-store",
            "X-Robots-Tag", "noindex", "X-Request-Id", call.requestId()))
        .withBody(preview.page(unsaved))
        .build();
  }
}
