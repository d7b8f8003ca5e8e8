package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.gazette.article.Editor;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One API Gateway (payload 2.0) request, read the way the API needs it. */
final class ApiRequest {
  /** API Gateway accepts 10 MB; no article needs more than a fraction of that. */
  static final int MAX_BODY_BYTES = 1_000_000;
  static final String WRITE_SCOPE = "articles:write";
  static final String ACT_FOR_OTHERS_SCOPE = "articles:act-for-others";

  private final APIGatewayV2HTTPEvent event;

  ApiRequest(APIGatewayV2HTTPEvent event) {
    this.event = event;
  }

  String routeKey() {
    return event.getRouteKey() == null ? "" : event.getRouteKey();
  }

  String pathParameter(String name) {
    Map<String, String> parameters = event.getPathParameters();
    return parameters == null ? null : parameters.get(name);
  }

  /** Headers arrive lower-cased from API Gateway; this does not rely on it. */
  Optional<String> header(String name) {
    Map<String, String> headers = event.getHeaders();
    if (headers == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return Optional.ofNullable(header.getValue());
      }
    }
    return Optional.empty();
  }

  /** The editor the JWT authorizer let through; a request without one never reaches a use case. */
  Editor editor() {
    Map<String, String> claims = claims();
    String subject = claims.get("sub");
    if (subject == null || subject.isBlank()) {
      throw ApiProblem.unauthorized("A valid editor token is required.");
    }
    String name = claims.getOrDefault("name", subject);
    return new Editor(subject, name, hasScope(ACT_FOR_OTHERS_SCOPE));
  }

  /** Query string parameters (API Gateway joins repeated ones with commas). */
  Map<String, String> queryParameters() {
    Map<String, String> parameters = event.getQueryStringParameters();
    return parameters == null ? Map.of() : parameters;
  }

  /**
   * Whether the token holds {@code wanted}, bare or under a resource server ({@code gazette/articles:write}:
   * Cognito names a custom scope after its resource server). The authorizer has already checked
   * issuer and audience, so the prefix adds no trust of its own.
   */
  boolean hasScope(String wanted) {
    for (String scope : claims().getOrDefault("scope", "").split(" ")) {
      if (scope.equals(wanted) || scope.endsWith("/" + wanted)) {
        return true;
      }
    }
    return false;
  }

  /** The editor, who must also hold the scope that allows changing articles. */
  Editor writer() {
    Editor editor = editor();
    if (!hasScope(WRITE_SCOPE)) {
      throw new ApiProblem(403, "forbidden", "Forbidden",
          "Your token does not allow changing articles or reading drafts (scope " + WRITE_SCOPE + ").");
    }
    return editor;
  }

  /** The body as JSON text, after checking its media type, size and encoding. */
  String jsonBody() {
    return body("application/json");
  }

  /** A JSON merge patch (RFC 7396); plain application/json is accepted too. */
  String mergePatchBody() {
    return body("application/merge-patch+json", "application/json");
  }

  /** Refuses a body on operations that take none. */
  void noBody() {
    if (event.getBody() != null && !event.getBody().isEmpty()) {
      throw ApiProblem.malformed("This operation takes no body.", List.of());
    }
  }

  private String body(String... mediaTypes) {
    String contentType = header("content-type").orElse("");
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!List.of(mediaTypes).contains(mediaType)) {
      throw new ApiProblem(415, "unsupported-media-type", "Unsupported Media Type",
          "Send the article as " + String.join(" or ", mediaTypes) + ".");
    }
    byte[] bytes = rawBody();
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ApiProblem(413, "too-large", "Content Too Large",
          "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.malformed("The request body is not valid UTF-8.", List.of());
    }
  }

  private byte[] rawBody() {
    String body = event.getBody();
    if (body == null) {
      return new byte[0];
    }
    if (event.getIsBase64Encoded()) {
      try {
        return Base64.getDecoder().decode(body);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.malformed("The request body is not valid base64.", List.of());
      }
    }
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, String> claims() {
    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    if (context == null || context.getAuthorizer() == null
        || context.getAuthorizer().getJwt() == null
        || context.getAuthorizer().getJwt().getClaims() == null) {
      return Map.of();
    }
    return context.getAuthorizer().getJwt().getClaims();
  }
}
