package dev.gazette.local.apigateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.http.RequestTarget;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the payload-2.0 event API Gateway HTTP APIs send a function for a request. */
final class HttpApiEvents {

  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private HttpApiEvents() {
  }

  /**
   * @param target the path and query as the client sent them: they go into {@code rawPath} and
   *     {@code rawQueryString} undecoded, and decoded into the path and query parameters
   */
  static APIGatewayV2HTTPEvent from(HttpServletRequest request, RequestTarget target, ApiRoutes.Match<?> match,
      byte[] body, JwtAuthorizer.Authorization authorization, String requestId) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    // Header names are case-insensitive: each one once, lower-cased as API Gateway sends them.
    Set<String> names = new LinkedHashSet<>();
    Collections.list(request.getHeaderNames()).forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
    for (String key : names) {
      List<String> values = Collections.list(request.getHeaders(key));
      if (key.equals("cookie")) {
        values.forEach(v -> Arrays.stream(v.split(";")).map(String::trim).forEach(cookies::add));
      } else {
        headers.put(key, String.join(",", values));
      }
    }
    String rawPath = target.rawPath();
    String rawQuery = target.rawQuery();
    Instant now = Instant.now();
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    APIGatewayV2HTTPEvent.APIGatewayV2HTTPEventBuilder event = APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey(match.route().routeKey())
        .withRawPath(rawPath)
        .withRawQueryString(rawQuery)
        .withCookies(cookies.isEmpty() ? null : cookies)
        .withHeaders(headers)
        .withQueryStringParameters(queryParameters(rawQuery))
        .withPathParameters(match.pathParameters().isEmpty() ? null : match.pathParameters())
        .withRequestContext(RequestContext.builder()
            .withAccountId(LocalAws.ACCOUNT_ID)
            .withApiId("local")
            .withDomainName(headers.getOrDefault("host", "localhost"))
            .withDomainPrefix("local")
            .withRequestId(requestId)
            .withRouteKey(match.route().routeKey())
            .withStage("$default")
            .withTime(REQUEST_TIME.format(now))
            .withTimeEpoch(now.toEpochMilli())
            .withHttp(RequestContext.Http.builder()
                .withMethod(method)
                .withPath(rawPath)
                .withProtocol(request.getProtocol())
                .withSourceIp(request.getRemoteAddr())
                .withUserAgent(headers.get("user-agent"))
                .build())
            .withAuthorizer(RequestContext.Authorizer.builder()
                .withJwt(RequestContext.Authorizer.JWT.builder()
                    .withClaims(authorization.claims())
                    .withScopes(authorization.scopes())
                    .build())
                .build())
            .build());
    if (body.length > 0) {
      String text = utf8(body);
      event.withBody(text != null ? text : Base64.getEncoder().encodeToString(body))
          .withIsBase64Encoded(text == null);
    }
    return event.build();
  }

  // Repeated keys are joined with commas, as API Gateway does in payload 2.0.
  private static Map<String, String> queryParameters(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.merge(name, value, (a, b) -> a + "," + b);
    }
    return parameters;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException binary) {
      return null;
    }
  }
}
