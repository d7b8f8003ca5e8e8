package dev.gazette.api;

import static dev.gazette.api.Access.EDITOR;
import static dev.gazette.api.Access.EDITOR_DRAFTS_NEED_WRITE;
import static dev.gazette.api.Access.WRITER;
import static dev.gazette.api.BodyRule.IGNORED;
import static dev.gazette.api.BodyRule.JSON;
import static dev.gazette.api.BodyRule.MERGE_PATCH;
import static dev.gazette.api.BodyRule.NONE;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every route of the editor API in one table, with its access and body rules; openapi.yaml and
 * template.yaml are tested against it. Each request goes through the same steps in the same
 * order: find the route, check access (401/403), read the body (415/413/400), then operate.
 */
public final class EditorRoutes {
  static final List<Route> ROUTES = List.of(
      new Route("POST /articles", WRITER, JSON, articles(ArticleOperations::create)),
      new Route("POST /articles/preview", WRITER, JSON, (operations, call) -> operations.previews().preview(call)),
      new Route("GET /articles", EDITOR_DRAFTS_NEED_WRITE, IGNORED, articles(ArticleOperations::list)),
      new Route("GET /articles/{id}", EDITOR_DRAFTS_NEED_WRITE, IGNORED, articles(ArticleOperations::read)),
      new Route("PUT /articles/{id}", WRITER, JSON, articles(ArticleOperations::replace)),
      new Route("PATCH /articles/{id}", WRITER, MERGE_PATCH, articles(ArticleOperations::patch)),
      new Route("DELETE /articles/{id}", WRITER, IGNORED, articles(ArticleOperations::delete)),
      new Route("POST /articles/{id}/publish", WRITER, NONE, articles(ArticleOperations::publish)),
      new Route("POST /articles/{id}/unpublish", WRITER, NONE, articles(ArticleOperations::unpublish)),
      new Route("GET /articles/{id}/revisions", WRITER, IGNORED, revisions(RevisionOperations::list)),
      new Route("GET /articles/{id}/revisions/{version}", WRITER, IGNORED, revisions(RevisionOperations::read)),
      new Route("POST /articles/{id}/revisions/{version}/restore", WRITER, NONE,
          revisions(RevisionOperations::restore)),
      new Route("GET /topics", EDITOR, IGNORED, articles(ArticleOperations::topics)),
      new Route("POST /media", WRITER, JSON, media(MediaOperations::announce)),
      new Route("GET /media", EDITOR, IGNORED, media(MediaOperations::list)),
      new Route("GET /media/{id}", EDITOR, IGNORED, media(MediaOperations::read)),
      new Route("PATCH /media/{id}", WRITER, MERGE_PATCH, media(MediaOperations::patch)),
      new Route("DELETE /media/{id}", WRITER, IGNORED, media(MediaOperations::delete)));

  /** Every route this handler answers, as API Gateway names them (template.yaml declares the same). */
  public static final List<String> ROUTE_KEYS = ROUTES.stream().map(Route::key).toList();

  /** Who may call each route (openapi.yaml is tested against it). */
  public static final Map<String, Access> ACCESS = ROUTES.stream()
      .collect(Collectors.toUnmodifiableMap(Route::key, Route::access));

  private static final Map<String, Route> BY_KEY = ROUTES.stream()
      .collect(Collectors.toUnmodifiableMap(Route::key, Function.identity()));

  private final Route.Operations operations;

  EditorRoutes(Route.Operations operations) {
    this.operations = operations;
  }

  private static Route.Operation articles(BiFunction<ArticleOperations, Call, APIGatewayV2HTTPResponse> operation) {
    return (operations, call) -> operation.apply(operations.articles(), call);
  }

  private static Route.Operation revisions(BiFunction<RevisionOperations, Call, APIGatewayV2HTTPResponse> operation) {
    return (operations, call) -> operation.apply(operations.revisions(), call);
  }

  private static Route.Operation media(BiFunction<MediaOperations, Call, APIGatewayV2HTTPResponse> operation) {
    return (operations, call) -> operation.apply(operations.media(), call);
  }

  APIGatewayV2HTTPResponse answer(ApiRequest request, String requestId) {
    Route route = BY_KEY.get(request.routeKey());
    if (route == null) {
      throw new ApiProblem(404, "no-such-route", "Not Found",
          "No operation answers " + request.routeKey() + ".");
    }
    var editor = route.access().check(request);
    String body = route.body().read(request);
    return route.operation().answer(operations, new Call(request, editor, body, requestId));
  }
}
