package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.EditorDesk;
import dev.gazette.render.OutputFormat;
import dev.gazette.render.SitePaths;
import java.util.HashMap;
import java.util.Map;

/** The editor API's routes: each one reads the request, calls a use case and shapes the answer. */
final class ArticleRoutes {
  private final EditorDesk desk;
  private final SitePaths paths;
  private final ObjectMapper json;
  private final ArticleReader reader;

  ArticleRoutes(EditorDesk desk, SitePaths paths, ObjectMapper json) {
    this.desk = desk;
    this.paths = paths;
    this.json = json;
    this.reader = new ArticleReader(json);
  }

  APIGatewayV2HTTPResponse answer(ApiRequest request, String requestId) {
    return switch (request.routeKey()) {
      case "POST /articles" -> {
        Article created = desk.create(reader.read(request.jsonBody()), request.writer());
        yield article(201, created, requestId, Map.of("Location", "/articles/" + created.id()));
      }
      case "GET /articles/{id}" -> {
        request.editor();
        yield article(200, desk.get(request.pathParameter("id")), requestId, Map.of());
      }
      case "PUT /articles/{id}" -> {
        var editor = request.writer();
        long version = Preconditions.expectedVersion(request);
        var content = reader.read(request.jsonBody());
        yield article(200, desk.replace(request.pathParameter("id"), version, content, editor),
            requestId, Map.of());
      }
      case "DELETE /articles/{id}" -> {
        request.writer();
        desk.delete(request.pathParameter("id"), Preconditions.expectedVersion(request));
        yield Responses.noContent(requestId);
      }
      default -> throw new ApiProblem(404, "no-such-route", "Not Found",
          "No operation answers " + request.routeKey() + ".");
    };
  }

  private APIGatewayV2HTTPResponse article(int status, Article article, String requestId,
      Map<String, String> headers) {
    Map<String, String> allHeaders = new HashMap<>(headers);
    allHeaders.put("ETag", Preconditions.etag(article));
    String url = paths.articleUrl(article.slug(), OutputFormat.HTML).toString();
    return Responses.json(status, Responses.JSON, ArticleView.of(article, url), json, requestId,
        allHeaders);
  }
}
