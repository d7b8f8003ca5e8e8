package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleQueryResult;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.Status;
import dev.gazette.article.TopicDirectory;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The editor API's routes: each one reads the request, calls a use case and shapes the answer. */
public final class ArticleRoutes {
  /** Every route this handler answers, as API Gateway names them (template.yaml declares the same). */
  public static final List<String> ROUTE_KEYS = List.of(
      "POST /articles", "GET /articles", "GET /articles/{id}", "PUT /articles/{id}",
      "PATCH /articles/{id}", "DELETE /articles/{id}", "POST /articles/{id}/publish",
      "POST /articles/{id}/unpublish", "GET /topics");

  private final EditorDesk desk;
  private final TopicDirectory topics;
  private final SitePaths paths;
  private final ObjectMapper json;
  private final ArticleReader reader;

  ArticleRoutes(EditorDesk desk, TopicDirectory topics, SitePaths paths, ObjectMapper json) {
    this.desk = desk;
    this.topics = topics;
    this.paths = paths;
    this.json = json;
    this.reader = new ArticleReader(json);
  }

  /** The JSON settings the routes answer with; problems are written with the same. */
  ObjectMapper json() {
    return json;
  }

  APIGatewayV2HTTPResponse answer(ApiRequest request, String requestId) {
    String id = request.pathParameter("id");
    return switch (request.routeKey()) {
      case "POST /articles" -> {
        Article created = desk.create(reader.read(request.jsonBody()), request.writer());
        yield article(201, created, requestId, Map.of("Location", "/articles/" + created.id()));
      }
      case "GET /articles" -> list(request, requestId);
      case "GET /articles/{id}" -> {
        request.editor();
        Article article = desk.get(id);
        if (article.status() != Status.PUBLISHED) {
          request.writer();
        }
        yield article(200, article, requestId, Map.of());
      }
      case "PUT /articles/{id}" -> {
        var editor = request.writer();
        long version = Preconditions.expectedVersion(request);
        var content = reader.read(request.jsonBody());
        yield article(200, desk.replace(id, version, content, editor), requestId, Map.of());
      }
      case "PATCH /articles/{id}" -> {
        var editor = request.writer();
        long version = Preconditions.expectedVersion(request);
        String patch = request.mergePatchBody();
        var content = reader.readPatched(desk.get(id), patch);
        yield article(200, desk.replace(id, version, content, editor), requestId, Map.of());
      }
      case "POST /articles/{id}/publish" -> {
        request.writer();
        request.noBody();
        yield article(200, desk.publish(id, Preconditions.expectedVersion(request)), requestId, Map.of());
      }
      case "POST /articles/{id}/unpublish" -> {
        request.writer();
        request.noBody();
        yield article(200, desk.unpublish(id, Preconditions.expectedVersion(request)), requestId, Map.of());
      }
      case "DELETE /articles/{id}" -> {
        request.writer();
        desk.delete(id, Preconditions.expectedVersion(request));
        yield Responses.noContent(requestId);
      }
      case "GET /topics" -> {
        request.editor();
        ArticleQueryParameters.refuseAll(request.queryParameters());
        List<Map<String, Object>> all = topics.all().stream().map(count -> {
          Map<String, Object> topic = new LinkedHashMap<>();
          topic.put("name", count.topic().name());
          topic.put("slug", count.topic().slug().value());
          topic.put("articles", count.articles());
          return topic;
        }).toList();
        yield Responses.json(200, Responses.JSON, Map.of("topics", all), json, requestId, Map.of());
      }
      default -> throw new ApiProblem(404, "no-such-route", "Not Found",
          "No operation answers " + request.routeKey() + ".");
    };
  }

  /** Published articles are listed for any editor; drafts and scheduled ones need the write scope. */
  private APIGatewayV2HTTPResponse list(ApiRequest request, String requestId) {
    var query = ArticleQueryParameters.read(request.queryParameters());
    if (query.status() == Status.PUBLISHED) {
      request.editor();
    } else {
      request.writer();
    }
    ArticleQueryResult page = desk.list(query);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("articles", page.articles().stream().map(this::view).toList());
    if (page.nextCursor() != null) {
      body.put("nextCursor", page.nextCursor());
    }
    return Responses.json(200, Responses.JSON, body, json, requestId, Map.of());
  }

  private APIGatewayV2HTTPResponse article(int status, Article article, String requestId,
      Map<String, String> headers) {
    Map<String, String> allHeaders = new HashMap<>(headers);
    allHeaders.put("ETag", Preconditions.etag(article));
    return Responses.json(status, Responses.JSON, view(article), json, requestId, allHeaders);
  }

  private ArticleView view(Article article) {
    return ArticleView.of(article, paths.articleUrl(article.slug(), OutputFormat.HTML).toString());
  }
}
