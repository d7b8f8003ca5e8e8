package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.Revision;
import dev.gazette.article.RevisionNotFound;
import dev.gazette.article.RevisionPage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The routes of an article's history: its revisions newest first, one of them whole, and the
 * restore that makes a new version out of an old one (conditional on If-Match like every write).
 */
final class RevisionOperations {
  private final EditorDesk desk;
  private final ArticleOperations articles;
  private final ObjectMapper json;
  private final RepeatableRequests repeatable;

  RevisionOperations(EditorDesk desk, ArticleOperations articles, ObjectMapper json,
      RepeatableRequests repeatable) {
    this.desk = desk;
    this.articles = articles;
    this.json = json;
    this.repeatable = repeatable;
  }

  APIGatewayV2HTTPResponse list(Call call) {
    PageParameters page = PageParameters.read(call.request().queryParameters());
    RevisionPage revisions = desk.revisions(call.id(), page.limit(), page.cursor());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", revisions.revisions().stream().map(RevisionOperations::entry).toList());
    body.put("next", revisions.nextCursor());
    return Responses.json(200, Responses.JSON, body, json, call.requestId(), Map.of());
  }

  APIGatewayV2HTTPResponse read(Call call) {
    ArticleQueryParameters.refuseAll(call.request().queryParameters());
    Article old = desk.revision(call.id(), version(call));
    // The ETag is the current one's business: a revision is never the base of a write.
    return Responses.json(200, Responses.JSON, articles.view(old), json, call.requestId(), Map.of());
  }

  APIGatewayV2HTTPResponse restore(Call call) {
    long expected = call.expectedVersion();
    long version = version(call);
    return repeatable.once(call, (Article saved) -> articles.article(200, saved, call, Map.of()),
        receipt -> desk.restore(call.id(), expected, version, call.editor(), receipt));
  }

  /** The path's version: a revision no article can have when it is not a positive number. */
  private static long version(Call call) {
    String text = call.request().pathParameter("version");
    if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
        || Long.parseLong(text) < 1) {
      throw new RevisionNotFound(call.id(), -1);
    }
    return Long.parseLong(text);
  }

  private static Map<String, Object> entry(Revision revision) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("version", revision.version());
    entry.put("updatedAt", revision.updatedAt().toString());
    Map<String, Object> by = new LinkedHashMap<>();
    if (revision.by() != null) {
      by.put("sub", revision.by().subject());
      by.put("name", revision.by().name());
    }
    entry.put("by", revision.by() == null ? null : by);
    entry.put("summary", revision.summary());
    return entry;
  }
}
