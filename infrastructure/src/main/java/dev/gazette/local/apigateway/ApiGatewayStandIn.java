package dev.gazette.local.apigateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import dev.gazette.local.http.LocalHttpServer;
import dev.gazette.local.lambda.LocalFunction;
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
  private final LocalHttpServer server;

  /** Serves every HttpApi route of the given functions; tokens must be signed by {@code tokens}' key. */
  public ApiGatewayStandIn(int port, EditorTokens tokens,
      List<LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> functions) {
    functions.forEach(function -> function.definition().routes().forEach(route -> routes.add(route, function)));
    this.authorizer = new JwtAuthorizer(tokens.publicKey(), EditorTokens.ISSUER, EditorTokens.AUDIENCE);
    this.server = new LocalHttpServer("api", port, this::handle);
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

  private void handle(HttpExchange exchange) throws IOException {
    String requestId = UUID.randomUUID().toString();
    exchange.getResponseHeaders().set("apigw-requestid", requestId);
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    var match = routes.match(method, exchange.getRequestURI().getRawPath());
    if (match.isEmpty()) {
      drain(exchange.getRequestBody());
      ProblemJson.send(exchange, 404, "no-such-route", "Not Found",
          "No route for " + method + " " + exchange.getRequestURI().getPath(), requestId);
      return;
    }
    JwtAuthorizer.Authorization authorization;
    try {
      authorization = authorizer.authorize(exchange.getRequestHeaders().getFirst("Authorization"));
    } catch (JwtAuthorizer.Unauthorized e) {
      drain(exchange.getRequestBody());
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
      ProblemJson.send(exchange, 401, "unauthorized", "Unauthorized", e.getMessage(), requestId);
      return;
    }
    Optional<byte[]> body = readCapped(exchange.getRequestBody());
    if (body.isEmpty()) {
      ProblemJson.send(exchange, 413, "too-large", "Content Too Large",
          "Request bodies are limited to 10 MB", requestId);
      return;
    }
    APIGatewayV2HTTPEvent event = HttpApiEvents.from(exchange, match.get(), body.get(), authorization, requestId);
    APIGatewayV2HTTPResponse response;
    try {
      response = match.get().target().invoke(event);
    } catch (RuntimeException | Error e) {
      LOG.error("{} {} (request {}) failed in {}", method, exchange.getRequestURI(), requestId,
          match.get().target().definition().logicalId(), e);
      send(exchange, 500, "application/json", "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    write(exchange, response);
  }

  private static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
    if (response == null) {
      send(exchange, 200, "application/json", new byte[0]);
      return;
    }
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    }
    if (response.getMultiValueHeaders() != null) {
      response.getMultiValueHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
    }
    if (response.getCookies() != null) {
      response.getCookies().forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
    }
    String body = response.getBody();
    byte[] bytes = body == null ? new byte[0] : response.getIsBase64Encoded()
        ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    // A response without a status code is a 200 in payload format 2.0.
    int status = response.getStatusCode() == 0 ? 200 : response.getStatusCode();
    send(exchange, status, null, bytes);
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    boolean noBody = status == 204 || status == 304 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!noBody) {
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
