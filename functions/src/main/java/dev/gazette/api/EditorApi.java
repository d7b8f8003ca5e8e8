package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PagePreview;
import dev.gazette.article.RequestReceipts;
import dev.gazette.article.TopicDirectory;
import dev.gazette.media.MediaDesk;
import dev.gazette.site.SitePaths;
import java.time.Clock;

/**
 * The editor API as one call: an API Gateway request (payload 2.0) in, its answer out, every
 * failure turned into problem+json in one place. The handler only builds it and calls it.
 */
public final class EditorApi {
  private final EditorRoutes routes;
  private final Problems problems;

  /** @param receipts where the stores keep what requests sent with an Idempotency-Key were answered */
  public EditorApi(EditorDesk desk, TopicDirectory topics, MediaDesk media, SitePaths paths,
      RequestReceipts receipts, Clock clock) {
    this(desk, topics, media, paths, receipts, clock, PagePreview.UNAVAILABLE);
  }

  /** @param preview renders {@code POST /articles/preview} as the Publisher would */
  public EditorApi(EditorDesk desk, TopicDirectory topics, MediaDesk media, SitePaths paths,
      RequestReceipts receipts, Clock clock, PagePreview preview) {
    // One ObjectMapper per container: building one costs start-up time.
    var json = ApiJson.mapper();
    var repeatable = new RepeatableRequests(receipts, clock, json);
    var articles = new ArticleOperations(desk, topics, paths, json, repeatable);
    this.routes = new EditorRoutes(new Route.Operations(articles,
        new MediaOperations(media, paths, json, repeatable),
        new RevisionOperations(desk, articles, json, repeatable),
        new PreviewOperations(desk, new ArticleReader(new JsonBodies(json)), preview)));
    this.problems = new Problems(json);
  }

  public APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event, String requestId) {
    try {
      return routes.answer(new ApiRequest(event), requestId);
    } catch (RuntimeException failure) {
      return problems.toResponse(failure, requestId);
    }
  }
}
