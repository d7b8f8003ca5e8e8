package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.ArticleNotFound;
import dev.gazette.article.ContentTooLarge;
import dev.gazette.article.CorrectionsAppendOnly;
import dev.gazette.article.RevisionNotFound;
import dev.gazette.article.FieldError;
import dev.gazette.article.InvalidArticle;
import dev.gazette.article.InvalidQuery;
import dev.gazette.article.NotAllowed;
import dev.gazette.article.RequestInFlight;
import dev.gazette.article.SlugTaken;
import dev.gazette.article.VersionConflict;
import dev.gazette.media.InvalidMedia;
import dev.gazette.media.MediaInUse;
import dev.gazette.media.MediaNotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP: RFC 9457 {@code application/problem+json} for a
 * client's mistakes, a bare 500 for ours, each logged once with the request id it carries.
 */
final class Problems {
  static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:gazette:problem:";
  private static final Logger log = LoggerFactory.getLogger(Problems.class);

  private final ObjectMapper json;

  Problems(ObjectMapper json) {
    this.json = json;
  }

  APIGatewayV2HTTPResponse toResponse(RuntimeException failure, String requestId) {
    ApiProblem problem = classify(failure);
    if (problem == null) {
      log.error("request {} failed", requestId, failure);
      return response(new ApiProblem(500, "internal", "Internal Server Error",
          "Something went wrong on our side; quote the request id if you report it."), requestId);
    }
    log.info("request {} refused: {} {}", requestId, problem.status(), problem.getMessage());
    return response(problem, requestId);
  }

  private static ApiProblem classify(RuntimeException failure) {
    if (failure instanceof ApiProblem problem) {
      return problem;
    }
    if (failure instanceof InvalidArticle invalid) {
      return new ApiProblem(400, "invalid-article", "Invalid article",
          "The article breaks " + invalid.errors().size() + " rule(s); see errors.",
          invalid.errors());
    }
    if (failure instanceof InvalidQuery invalid) {
      return new ApiProblem(400, "invalid-query", "Invalid query",
          "The listing's parameters are not valid; see errors.", invalid.errors());
    }
    if (failure instanceof ContentTooLarge tooLarge) {
      return new ApiProblem(413, "too-large", "Content Too Large",
          "The " + tooLarge.field() + " is longer than " + tooLarge.limit() + " characters.",
          List.of(new FieldError(tooLarge.field(), "must be at most " + tooLarge.limit() + " characters")));
    }
    if (failure instanceof NotAllowed notAllowed) {
      return new ApiProblem(403, "forbidden", "Forbidden", notAllowed.getMessage());
    }
    if (failure instanceof ArticleNotFound) {
      return new ApiProblem(404, "not-found", "Not Found", "No article has this id.");
    }
    if (failure instanceof RevisionNotFound) {
      return new ApiProblem(404, "not-found", "Not Found", "The article has no revision with this version.");
    }
    if (failure instanceof CorrectionsAppendOnly appendOnly) {
      return new ApiProblem(409, "corrections-append-only", "Conflict",
          "A published article's corrections are a public record: they can be added to, never changed"
              + " or removed; see errors.", appendOnly.errors());
    }
    if (failure instanceof VersionConflict) {
      return new ApiProblem(412, "version-conflict", "Precondition Failed",
          "It changed since you read it; read it again and reapply your change.");
    }
    if (failure instanceof InvalidMedia invalid) {
      return new ApiProblem(400, "invalid-media", "Invalid picture",
          "The picture breaks " + invalid.errors().size() + " rule(s); see errors.", invalid.errors());
    }
    if (failure instanceof MediaNotFound) {
      return new ApiProblem(404, "not-found", "Not Found", "No picture has this id.");
    }
    if (failure instanceof MediaInUse inUse) {
      return new ApiProblem(409, "media-in-use", "Conflict", "The picture is shown by "
          + inUse.articleIds().size() + " published article(s); take it off them first.");
    }
    if (failure instanceof RequestInFlight) {
      return new ApiProblem(409, "request-in-flight", "Conflict",
          "A request with this Idempotency-Key is being carried out at this moment; send it again in a"
              + " few seconds to get its answer.");
    }
    if (failure instanceof SlugTaken taken) {
      return new ApiProblem(409, "slug-taken", "Conflict",
          "Another article already uses the slug \"" + taken.slug() + "\".",
          List.of(new FieldError("slug", "is already in use")));
    }
    return null;
  }

  private APIGatewayV2HTTPResponse response(ApiProblem problem, String requestId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", TYPE_PREFIX + problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("requestId", requestId);
    if (!problem.errors().isEmpty()) {
      body.put("errors", problem.errors());
    }
    return Responses.json(problem.status(), MEDIA_TYPE, body, json, requestId, Map.of());
  }
}
