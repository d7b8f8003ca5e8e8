package dev.gazette.local.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.HttpRoute;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiGatewayStandInIT {

  private final EditorTokens tokens = EditorTokens.ephemeral();
  private final List<APIGatewayV2HTTPEvent> received = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private ApiGatewayStandIn api;

  @BeforeEach
  void start() {
    FunctionDefinition definition = new FunctionDefinition("ArticlesApiFunction", "test.Echo::handleRequest",
        Map.of(), Duration.ofSeconds(30), 1024,
        List.of(new HttpRoute("POST", "/articles"), new HttpRoute("PUT", "/articles/{id}"),
            new HttpRoute("GET", "/articles/{id}")),
        List.of());
    LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> echo = new LocalFunction<>(definition,
        (event, context) -> {
          received.add(event);
          return APIGatewayV2HTTPResponse.builder().withStatusCode(201)
              .withHeaders(Map.of("Content-Type", "application/json", "ETag", "\"3\""))
              .withBody("{\"ok\":true}").build();
        });
    api = new ApiGatewayStandIn(0, tokens, List.of(echo), CorsRules.of(Map.of(
        "AllowOrigins", List.of(DESK_ORIGIN), "AllowMethods", List.of("GET", "POST", "PUT"),
        "AllowHeaders", List.of("Authorization", "Content-Type", "If-Match"),
        "ExposeHeaders", List.of("ETag", "Location"), "MaxAge", 600))).start();
  }

  private static final String DESK_ORIGIN = "http://localhost:8080";

  @Test
  void aPreflightFromTheDeskIsAnsweredWithoutTokenOrFunctionAndOtherOriginsGetNoAllowance() throws Exception {
    HttpResponse<String> preflight = send(HttpRequest.newBuilder(api.url().resolve("/articles/a1"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", DESK_ORIGIN).header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "authorization,content-type,if-match").build());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DESK_ORIGIN);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("authorization,content-type,if-match");
    assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
    assertThat(received).isEmpty();

    HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(api.url().resolve("/articles/a1"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "PUT").build());
    assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> otherHeader = send(HttpRequest.newBuilder(api.url().resolve("/articles/a1"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", DESK_ORIGIN).header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "x-secret").build());
    assertThat(otherHeader.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void theDeskMayReadAnswersAndTheirExposedHeadersEvenARefusal() throws Exception {
    String token = tokens.mint("ed", "Ed", List.of(EditorTokens.WRITE_SCOPE), Duration.ofMinutes(5));
    HttpResponse<String> answer = send(HttpRequest.newBuilder(api.url().resolve("/articles/a1"))
        .header("Origin", DESK_ORIGIN).header("Authorization", "Bearer " + token).GET().build());
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DESK_ORIGIN);
    assertThat(answer.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag,Location");
    HttpResponse<String> refused = send(HttpRequest.newBuilder(api.url().resolve("/articles/a1"))
        .header("Origin", DESK_ORIGIN).GET().build());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DESK_ORIGIN);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aRequestWithoutTokenIsRefusedBeforeTheFunctionRuns() throws Exception {
    HttpResponse<String> response = send(put("/articles/a1", null, "{}"));
    assertUnauthorized(response);
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    String expired = tokens.mint("ed", "Ed", List.of(EditorTokens.WRITE_SCOPE), Duration.ofMinutes(-5));
    assertUnauthorized(send(put("/articles/a1", expired, "{}")));
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws Exception {
    String forged = EditorTokens.ephemeral().editorToken();
    assertUnauthorized(send(put("/articles/a1", forged, "{}")));
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws Exception {
    String otherAudience = tokens.mint(new JWTClaimsSet.Builder().issuer(EditorTokens.ISSUER)
        .audience("someone-else").subject("ed")
        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    assertUnauthorized(send(put("/articles/a1", otherAudience, "{}")));
    String otherClient = tokens.mint(new JWTClaimsSet.Builder().issuer(EditorTokens.ISSUER)
        .claim("client_id", "someone-else").subject("ed")
        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    assertUnauthorized(send(put("/articles/a1", otherClient, "{}")));
    String noAudienceAtAll = tokens.mint(new JWTClaimsSet.Builder().issuer(EditorTokens.ISSUER).subject("ed")
        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    assertUnauthorized(send(put("/articles/a1", noAudienceAtAll, "{}")));
  }

  @Test
  void aTokenWithoutAudienceIsAcceptedForItsClientIdAsApiGatewayDoesForCognitoAccessTokens() throws Exception {
    String cognitoLike = tokens.mint(new JWTClaimsSet.Builder().issuer(EditorTokens.ISSUER)
        .claim("client_id", EditorTokens.AUDIENCE).claim("token_use", "access").subject("ed")
        .claim("scope", "gazette/articles:write")
        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    assertThat(send(put("/articles/a1", cognitoLike, "{}")).statusCode()).isEqualTo(201);
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() throws Exception {
    String otherIssuer = tokens.mint(new JWTClaimsSet.Builder().issuer("https://elsewhere.example")
        .audience(EditorTokens.AUDIENCE).subject("ed")
        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    assertUnauthorized(send(put("/articles/a1", otherIssuer, "{}")));
  }

  @Test
  void aValidTokenReachesTheFunctionWithClaimsScopesAndPathParameters() throws Exception {
    String token = tokens.mint("ed-42", "Édith", List.of("articles:write", "articles:read"), Duration.ofHours(1));
    HttpResponse<String> response = send(HttpRequest.newBuilder(api.url().resolve("/articles/a%2F1?x=1&x=2&y=%C3%A9"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .header("X-Custom", "Yes").PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Été\"}")).build());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("etag")).hasValue("\"3\"");
    assertThat(response.body()).isEqualTo("{\"ok\":true}");
    APIGatewayV2HTTPEvent event = received.get(0);
    assertThat(event.getVersion()).isEqualTo("2.0");
    assertThat(event.getRouteKey()).isEqualTo("PUT /articles/{id}");
    assertThat(event.getRawPath()).isEqualTo("/articles/a%2F1");
    assertThat(event.getRawQueryString()).isEqualTo("x=1&x=2&y=%C3%A9");
    assertThat(event.getQueryStringParameters()).containsEntry("x", "1,2").containsEntry("y", "é");
    assertThat(event.getPathParameters()).containsExactlyEntriesOf(Map.of("id", "a/1"));
    assertThat(event.getHeaders()).containsEntry("x-custom", "Yes").containsKey("authorization");
    assertThat(event.getBody()).isEqualTo("{\"title\":\"Été\"}");
    assertThat(event.getIsBase64Encoded()).isFalse();
    var context = event.getRequestContext();
    assertThat(context.getStage()).isEqualTo("$default");
    assertThat(context.getHttp().getMethod()).isEqualTo("PUT");
    assertThat(context.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
    assertThat(context.getRequestId()).isNotBlank();
    assertThat(context.getAuthorizer().getJwt().getClaims())
        .containsEntry("sub", "ed-42").containsEntry("name", "Édith")
        .containsEntry("iss", EditorTokens.ISSUER);
    assertThat(context.getAuthorizer().getJwt().getScopes()).containsExactly("articles:write", "articles:read");
  }

  @Test
  void aBinaryBodyArrivesBase64Encoded() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    send(HttpRequest.newBuilder(api.url().resolve("/articles"))
        .header("Authorization", "Bearer " + tokens.editorToken())
        .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build());
    assertThat(received.get(0).getIsBase64Encoded()).isTrue();
    assertThat(Base64.getDecoder().decode(received.get(0).getBody())).isEqualTo(png);
  }

  @Test
  void anUnknownRouteIsA404ProblemAndTheFunctionIsNotCalled() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(api.url().resolve("/topics/x"))
        .header("Authorization", "Bearer " + tokens.editorToken()).GET().build());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(send(put("/articles", tokens.editorToken(), "{}")).statusCode()).isEqualTo(404);
    assertThat(received).isEmpty();
  }

  @Test
  void aBodyOverTenMegabytesIsRefusedWith413() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(api.url().resolve("/articles"))
        .header("Authorization", "Bearer " + tokens.editorToken())
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[ApiGatewayStandIn.MAX_BODY_BYTES + 1])).build());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(received).isEmpty();
  }

  @Test
  void thePathReachesTheFunctionAsSentWhileItsParametersAreDecoded() throws Exception {
    send(HttpRequest.newBuilder(URI.create(api.url() + "/articles/..%2F..%2Fetc%2Fpasswd"))
        .header("Authorization", "Bearer " + tokens.editorToken()).GET().build());
    assertThat(received).singleElement().satisfies(event -> {
      assertThat(event.getRawPath()).isEqualTo("/articles/..%2F..%2Fetc%2Fpasswd");
      assertThat(event.getRequestContext().getHttp().getPath()).isEqualTo("/articles/..%2F..%2Fetc%2Fpasswd");
      assertThat(event.getPathParameters()).containsEntry("id", "../../etc/passwd");
      assertThat(event.getRawQueryString()).isEmpty();
    });
  }

  @Test
  void aBrokenPercentEscapeIsA400ProblemAndTheFunctionIsNotCalled() throws Exception {
    for (String target : List.of("/articles/%zz", "/articles/a1?x=%", "/articles/%C")) {
      String answer = rawGet(target);
      assertThat(answer).as(target).startsWith("HTTP/1.1 400 ")
          .containsIgnoringCase("content-type: application/problem+json")
          .contains("\"type\":\"urn:gazette:problem:malformed-request\"", "\"status\":400");
    }
    assertThat(received).isEmpty();
  }

  // java.net.URI refuses to build these targets, so the request is written by hand.
  private String rawGet(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", api.port())) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
          + tokens.editorToken() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void assertUnauthorized(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"type\":\"urn:gazette:problem:unauthorized\"", "\"title\":\"Unauthorized\"",
        "\"status\":401", "\"detail\":", "\"requestId\":");
    assertThat(received).isEmpty();
  }

  private HttpRequest put(String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url() + path))
        .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.build();
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
