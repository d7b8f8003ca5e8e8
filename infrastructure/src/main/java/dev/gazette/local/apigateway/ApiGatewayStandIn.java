package dev.gazette.local.apigateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.gazette.local.http.JettyHttpServer;
import dev.gazette.local.http.RequestTarget;
import dev.gazette.local.lambda.LocalFunction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor API of the local cloud: an HTTP server doing what API Gateway's HTTP API does in front
 * of the functions (route match, JWT authorizer, payload-2.0 event, 10 MB body cap).
 */
public final class ApiGatewayStandIn implements AutoCloseable {

  /** API Gateway refuses request bodies over 10 MB. */
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(ApiGatewayStandIn.class);

  private final ApiRoutes<LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> routes = new ApiRoutes<>();
  private final JwtAuthorizer authorizer;
  private final CorsRules cors;
  private final JettyHttpServer server;

  /** Serves every HttpApi route of the given functions; tokens must be signed by {@code tokens}' key. */
  public ApiGatewayStandIn(int port, EditorTokens tokens,
      List<LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> functions) {
    this(port, tokens, functions, CorsRules.none());
  }

  /** As above, answering browsers from the origins {@code cors} allows, as the HTTP API's CORS settings say. */
  public ApiGatewayStandIn(int port, EditorTokens tokens,
      List<LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> functions, CorsRules cors) {
    this.cors = cors;
    functions.forEach(function -> function.definition().routes().forEach(route -> routes.add(route, function)));
    this.authorizer = new JwtAuthorizer(tokens.publicKey(), tokens.issuer(), EditorTokens.AUDIENCE);
    this.server = new JettyHttpServer("api", port, this::handle);
  }

  public ApiGatewayStandIn start() {
    server.start();
    LOG.info("Editor API on {}", url());
    return this;
  }

  public int port() {
    return server.port();
  }

  public URI url() {
    return server.url();
  }

  @Override
  public void close() {
    server.close();
  }

  private void handle(RequestTarget target, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String requestId = UUID.randomUUID().toString();
    response.setHeader("apigw-requestid", requestId);
    if (CorsRules.isPreflight(request)) {
      drain(request.getInputStream());
      cors.answerPreflight(request, response);
      return;
    }
    cors.decorate(request, response);
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    if (!target.wellEscaped()) {
      // Parameters that cannot be decoded cannot reach a function: refused before routing.
      drain(request.getInputStream());
      ProblemJson.send(response, 400, "malformed-request", "Malformed request",
          "The path or query holds a % that does not start an escape of two hexadecimal digits.", requestId);
      return;
    }
    var match = routes.match(method, target.rawPath());
    if (match.isEmpty()) {
      drain(request.getInputStream());
      ProblemJson.send(response, 404, "no-such-route", "Not Found",
          "No route for " + method + " " + ApiRoutes.decode(target.rawPath()), requestId);
      return;
    }
    JwtAuthorizer.Authorization authorization;
    try {
      authorization = authorizer.authorize(request.getHeader("Authorization"));
    } catch (JwtAuthorizer.Unauthorized e) {
      drain(request.getInputStream());
      response.setHeader("WWW-Authenticate", "Bearer");
      ProblemJson.send(response, 401, "unauthorized", "Unauthorized", e.getMessage(), requestId);
      return;
    }
    Optional<byte[]> body = readCapped(request.getInputStream());
    if (body.isEmpty()) {
      ProblemJson.send(response, 413, "too-large", "Content Too Large",
          "Request bodies are limited to 10 MB", requestId);
      return;
    }
    APIGatewayV2HTTPEvent event = HttpApiEvents.from(request, target, match.get(), body.get(), authorization,
        requestId);
    APIGatewayV2HTTPResponse answer;
    try {
      answer = match.get().target().invoke(event);
    } catch (RuntimeException | Error e) {
      LOG.error("{} {} (request {}) failed in {}", method, target.rawPath(), requestId,
          match.get().target().definition().logicalId(), e);
      send(request, response, 500, "application/json",
          "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    write(request, response, answer);
  }

  private static void write(HttpServletRequest request, HttpServletResponse response, APIGatewayV2HTTPResponse answer)
      throws IOException {
    if (answer == null) {
      send(request, response, 200, "application/json", new byte[0]);
      return;
    }
    if (answer.getHeaders() != null) {
      answer.getHeaders().forEach(response::setHeader);
    }
    if (answer.getMultiValueHeaders() != null) {
      answer.getMultiValueHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }
    if (answer.getCookies() != null) {
      answer.getCookies().forEach(cookie -> response.addHeader("Set-Cookie", cookie));
    }
    String body = answer.getBody();
    byte[] bytes = body == null ? new byte[0] : answer.getIsBase64Encoded()
        ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    // A response without a status code is a 200 in payload format 2.0.
    int status = answer.getStatusCode() == 0 ? 200 : answer.getStatusCode();
    send(request, response, status, null, bytes);
  }

  private static void send(HttpServletRequest request, HttpServletResponse response, int status, String contentType,
      byte[] body) throws IOException {
    response.setStatus(status);
    if (contentType != null) {
      response.setHeader("Content-Type", contentType);
    }
    boolean noBody = status == 204 || status == 304 || request.getMethod().equalsIgnoreCase("HEAD");
    if (!noBody) {
      response.setContentLength(body.length);
      try (OutputStream out = response.getOutputStream()) {
        out.write(body);
      }
    }
  }

  private static Optional<byte[]> readCapped(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      drain(in);
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  private static void drain(InputStream in) throws IOException {
    in.transferTo(OutputStream.nullOutputStream());
  }
}
