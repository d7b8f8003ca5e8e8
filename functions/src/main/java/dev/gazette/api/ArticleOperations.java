package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleQuery;
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

/**
 * What each route of {@link EditorRoutes} does once its rules are met: read what is left of the
 * request (If-Match, query), call the editor's use case, and shape the answer.
 */
final class ArticleOperations {
  private final EditorDesk desk;
  private final TopicDirectory topics;
  private final SitePaths paths;
  private final ObjectMapper json;
  private final ArticleReader reader;
  private final RepeatableRequests repeatable;

  ArticleOperations(EditorDesk desk, TopicDirectory topics, SitePaths paths, ObjectMapper json,
      RepeatableRequests repeatable) {
    this.desk = desk;
    this.topics = topics;
    this.paths = paths;
    this.json = json;
    this.reader = new ArticleReader(new JsonBodies(json));
    this.repeatable = repeatable;
  }

  APIGatewayV2HTTPResponse create(Call call) {
    return repeatable.once(call,
        (Article created) -> article(201, created, call, Map.of("Location", "/articles/" + created.id())),
        receipt -> desk.create(reader.read(call.body()), call.editor(), receipt));
  }

  /** Published articles are listed for any editor; drafts and scheduled ones need the write scope. */
  APIGatewayV2HTTPResponse list(Call call) {
    ArticleQuery query = ArticleQueryParameters.read(call.request().queryParameters());
    if (query.status() != Status.PUBLISHED) {
      call.requireDraftAccess();
    }
    ArticleQueryResult page = desk.list(query);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("articles", page.articles().stream().map(this::view).toList());
    if (page.nextCursor() != null) {
      body.put("nextCursor", page.nextCursor());
    }
    return Responses.json(200, Responses.JSON, body, json, call.requestId(), Map.of());
  }

  APIGatewayV2HTTPResponse read(Call call) {
    Article article = desk.get(call.id());
    if (article.status() != Status.PUBLISHED) {
      call.requireDraftAccess();
    }
    return article(200, article, call, Map.of());
  }

  APIGatewayV2HTTPResponse replace(Call call) {
    long version = call.expectedVersion();
    return repeatable.once(call, (Article saved) -> article(200, saved, call, Map.of()),
        receipt -> desk.replace(call.id(), version, reader.read(call.body()), call.editor(), receipt));
  }

  APIGatewayV2HTTPResponse patch(Call call) {
    long version = call.expectedVersion();
    return repeatable.once(call, (Article saved) -> article(200, saved, call, Map.of()), receipt -> desk.replace(
        call.id(), version, reader.readPatched(desk.get(call.id()), call.body()), call.editor(), receipt));
  }

  APIGatewayV2HTTPResponse publish(Call call) {
    long version = call.expectedVersion();
    return repeatable.once(call, (Article saved) -> article(200, saved, call, Map.of()),
        receipt -> desk.publish(call.id(), version, call.editor(), receipt));
  }

  APIGatewayV2HTTPResponse unpublish(Call call) {
    long version = call.expectedVersion();
    return repeatable.once(call, (Article saved) -> article(200, saved, call, Map.of()),
        receipt -> desk.unpublish(call.id(), version, call.editor(), receipt));
  }

  APIGatewayV2HTTPResponse delete(Call call) {
    long version = call.expectedVersion();
    return repeatable.once(call, (Article deleted) -> Responses.noContent(call.requestId()), receipt -> {
      desk.delete(call.id(), version, receipt);
      return null;
    });
  }

  APIGatewayV2HTTPResponse topics(Call call) {
    ArticleQueryParameters.refuseAll(call.request().queryParameters());
    List<Map<String, Object>> all = topics.all().stream().map(count -> {
      Map<String, Object> topic = new LinkedHashMap<>();
      topic.put("name", count.topic().name());
      topic.put("slug", count.topic().slug().value());
      topic.put("articles", count.articles());
      return topic;
    }).toList();
    return Responses.json(200, Responses.JSON, Map.of("topics", all), json, call.requestId(), Map.of());
  }

  APIGatewayV2HTTPResponse article(int status, Article article, Call call,
      Map<String, String> headers) {
    Map<String, String> allHeaders = new HashMap<>(headers);
    allHeaders.put("ETag", Preconditions.etag(article));
    return Responses.json(status, Responses.JSON, view(article), json, call.requestId(), allHeaders);
  }

  ArticleView view(Article article) {
    return ArticleView.of(article, paths.articleUrl(article.slug(), OutputFormat.HTML).toString());
  }
}
