package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;

/**
 * Before SnapStart's snapshot, the editor API answers requests that change nothing, through its
 * whole path (routing, JSON binding, problem+json, the DynamoDB client's marshalling, signing
 * and HTTP): reads of an article and a picture that do not exist, a list, the topics, and a
 * create refused by validation before it reaches the table. The restored function then starts
 * with those classes loaded and compiled.
 */
final class ApiPriming implements Resource {
  /** No article or picture has this id: ids are time-sortable and this one sorts before any. */
  static final String ABSENT_ID = "00000000000000000000000000";
  // Valid in every field but the topics, so the whole body is bound before it is refused.
  private static final String REFUSED_ARTICLE = """
      {"title": "Amorçage", "summary": "Rien n'est écrit.", "body": "Un **texte** avec un [lien](https://example.org).",
       "location": "Paris", "topics": [], "status": "published"}""";

  private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

  ApiPriming(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
    this.handler = handler;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    prime();
  }

  /** The requests, answered and thrown away; their statuses, for tests. */
  List<Integer> prime() {
    PrimingContext lambda = new PrimingContext("ArticlesApiFunction");
    return List.of(
        request("GET /articles/{id}", ABSENT_ID, Map.of(), null),
        request("GET /articles", null, Map.of("status", "draft", "limit", "1"), null),
        request("GET /topics", null, Map.of(), null),
        request("GET /media/{id}", ABSENT_ID, Map.of(), null),
        request("POST /articles", null, Map.of(), REFUSED_ARTICLE))
        .stream().map(event -> handler.handleRequest(event, lambda).getStatusCode()).toList();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: the SDK resolves credentials per call and renews them before they
    // expire, a connection left from priming that is dead after the restore is retried by the
    // SDK, and ArticleIds' SecureRandom draws from the OS at each call (snapshot-safe).
  }

  private static APIGatewayV2HTTPEvent request(String routeKey, String id, Map<String, String> query, String body) {
    String path = routeKey.substring(routeKey.indexOf(' ') + 1).replace("{id}", id == null ? "" : id);
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setVersion("2.0");
    event.setRouteKey(routeKey);
    event.setRawPath(path);
    event.setPathParameters(id == null ? null : Map.of("id", id));
    event.setQueryStringParameters(query.isEmpty() ? null : query);
    event.setHeaders(body == null ? Map.of() : Map.of("content-type", "application/json"));
    event.setBody(body);
    RequestContext.Http http = new RequestContext.Http();
    http.setMethod(routeKey.substring(0, routeKey.indexOf(' ')));
    http.setPath(path);
    RequestContext.Authorizer.JWT jwt = new RequestContext.Authorizer.JWT();
    jwt.setClaims(Map.of("sub", "priming", "name", "Amorçage", "scope", "articles:write"));
    RequestContext.Authorizer authorizer = new RequestContext.Authorizer();
    authorizer.setJwt(jwt);
    RequestContext requestContext = new RequestContext();
    requestContext.setHttp(http);
    requestContext.setAuthorizer(authorizer);
    requestContext.setRequestId("priming");
    requestContext.setRouteKey(routeKey);
    event.setRequestContext(requestContext);
    return event;
  }
}
