package dev.gazette.local.apigateway.oidc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import dev.gazette.local.apigateway.EditorTokens;
import dev.gazette.local.http.LocalHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cloud's OpenID provider, standing in for a Cognito user pool's hosted UI: discovery,
 * an authorize endpoint with a sign-in form for {@link LocalEditors}, a token endpoint for the
 * authorization code flow with PKCE (public clients only, S256 only), the JWKS, and sign-out. Its
 * access tokens are the ones the API stand-in checks; the desk runs the same code against it as
 * against Cognito.
 */
public final class LocalIdentityProvider implements AutoCloseable {

  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
  static final Duration SIGN_IN_REQUEST_LIFETIME = Duration.ofMinutes(10);
  static final String SESSION_COOKIE = "gazette_local_idp";
  private static final Logger LOG = LoggerFactory.getLogger(LocalIdentityProvider.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An authorize request waiting for its editor to sign in. */
  private record PendingRequest(OidcClient client, String redirectUri, String state, String codeChallenge,
      List<String> scopes, String nonce, Instant expiresAt) {
  }

  private final LocalHttpServer server;
  private final EditorTokens signer;
  private final Map<String, OidcClient> clients = new LinkedHashMap<>();
  private final Clock clock;
  private final AuthorizationCodes codes;
  private final Map<String, PendingRequest> pending = new ConcurrentHashMap<>();
  private final Map<String, String> sessions = new ConcurrentHashMap<>();
  private volatile EditorTokens tokens;

  public LocalIdentityProvider(int port, EditorTokens signer, List<OidcClient> registered) {
    this(port, signer, registered, Clock.systemUTC());
  }

  LocalIdentityProvider(int port, EditorTokens signer, List<OidcClient> registered, Clock clock) {
    this.signer = signer;
    this.clock = clock;
    this.codes = new AuthorizationCodes(clock);
    registered.forEach(client -> clients.put(client.clientId(), client));
    this.server = new LocalHttpServer("identity provider", port, this::handle);
  }

  public LocalIdentityProvider start() {
    server.start();
    tokens = signer.withIssuer(issuer());
    LOG.info("Identity provider (OIDC) on {}", url());
    return this;
  }

  public URI url() {
    return server.url();
  }

  /** What tokens carry as {@code iss}, and where {@code /.well-known/openid-configuration} is. */
  public String issuer() {
    return server.url().toString();
  }

  /** The key, under this provider's issuer: what the API stand-in verifies and the command line mints with. */
  public EditorTokens tokens() {
    return tokens;
  }

  @Override
  public void close() {
    server.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    allowDeskOrigins(exchange);
    if (method.equals("OPTIONS")) {
      exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST");
      exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type, Authorization");
      exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    switch (method + " " + path) {
      case "GET /.well-known/openid-configuration" -> sendJson(exchange, 200, discovery());
      case "GET /jwks.json" -> sendJson(exchange, 200, new JWKSet(signer.publicKey()).toJSONObject(true));
      case "GET /authorize" -> authorize(exchange, FormFields.parse(exchange.getRequestURI().getRawQuery()));
      case "POST /authorize" -> signIn(exchange, FormFields.parse(body(exchange)));
      case "POST /token" -> token(exchange, FormFields.parse(body(exchange)));
      case "GET /logout" -> signOut(exchange, FormFields.parse(exchange.getRequestURI().getRawQuery()));
      default -> sendJson(exchange, 404, Map.of("error", "not_found", "error_description", "No endpoint " + path));
    }
  }

  private Map<String, Object> discovery() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    String base = issuer();
    metadata.put("issuer", base);
    metadata.put("authorization_endpoint", base + "/authorize");
    metadata.put("token_endpoint", base + "/token");
    metadata.put("jwks_uri", base + "/jwks.json");
    metadata.put("end_session_endpoint", base + "/logout");
    metadata.put("response_types_supported", List.of("code"));
    metadata.put("response_modes_supported", List.of("query"));
    metadata.put("grant_types_supported", List.of("authorization_code"));
    metadata.put("code_challenge_methods_supported", List.of("S256"));
    metadata.put("token_endpoint_auth_methods_supported", List.of("none"));
    metadata.put("subject_types_supported", List.of("public"));
    metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
    metadata.put("scopes_supported", List.of("openid", "profile", EditorTokens.WRITE_SCOPE,
        EditorTokens.ACT_FOR_OTHERS_SCOPE));
    metadata.put("claims_supported", List.of("sub", "name", "preferred_username", "scope"));
    return metadata;
  }

  // ---------------------------------------------------------------- authorize

  private void authorize(HttpExchange exchange, FormFields query) throws IOException {
    // Until client and redirect address are known good, errors are shown here, never sent back (RFC 6749 4.1.2.1).
    OidcClient client = query.get("client_id").map(clients::get).orElse(null);
    if (client == null) {
      sendPage(exchange, 400, SignInPage.refused("Application inconnue (client_id)."));
      return;
    }
    String redirectUri = query.getOrEmpty("redirect_uri");
    if (client.redirectUris().stream().noneMatch(uri -> uri.toString().equals(redirectUri))) {
      sendPage(exchange, 400, SignInPage.refused("Adresse de retour non enregistrée pour cette application."));
      return;
    }
    String state = query.getOrEmpty("state");
    if (query.repeated().isPresent()) {
      redirectError(exchange, redirectUri, state, "invalid_request", "parameter given twice: " + query.repeated().get());
      return;
    }
    if (!query.getOrEmpty("response_type").equals("code")) {
      redirectError(exchange, redirectUri, state, "unsupported_response_type", "only response_type=code");
      return;
    }
    Optional<String> challenge = query.get("code_challenge");
    if (challenge.isEmpty() || !query.getOrEmpty("code_challenge_method").equals("S256")
        || !challenge.get().matches("[A-Za-z0-9_-]{43}")) {
      redirectError(exchange, redirectUri, state, "invalid_request", "PKCE is required: code_challenge with S256");
      return;
    }
    List<String> scopes = List.of(query.getOrEmpty("scope").trim().split("\\s+"));
    if (!scopes.contains("openid") || !client.allowedScopes().containsAll(scopes)) {
      redirectError(exchange, redirectUri, state, "invalid_scope",
          "scopes allowed: " + String.join(" ", client.allowedScopes()) + " (openid required)");
      return;
    }
    PendingRequest request = new PendingRequest(client, redirectUri, state, challenge.get(), scopes,
        query.get("nonce").orElse(null), clock.instant().plus(SIGN_IN_REQUEST_LIFETIME));
    String prompt = query.getOrEmpty("prompt");
    Optional<LocalEditors.LocalEditor> signedIn = sessionEditor(exchange);
    if (signedIn.isPresent() && !prompt.equals("login")) {
      redirectWithCode(exchange, request, signedIn.get());
      return;
    }
    if (prompt.equals("none")) {
      redirectError(exchange, redirectUri, state, "login_required", "no editor is signed in");
      return;
    }
    pending.values().removeIf(old -> old.expiresAt().isBefore(clock.instant()));
    String requestId = AuthorizationCodes.randomToken();
    pending.put(requestId, request);
    sendPage(exchange, 200, SignInPage.form(requestId, "", null, LocalEditors.ACCOUNTS));
  }

  private void signIn(HttpExchange exchange, FormFields form) throws IOException {
    String requestId = form.getOrEmpty("request");
    PendingRequest request = pending.get(requestId);
    if (request == null || request.expiresAt().isBefore(clock.instant())) {
      sendPage(exchange, 400, SignInPage.refused(
          "Cette demande de connexion a expiré ou a déjà servi : recommencez depuis le desk."));
      return;
    }
    String username = form.getOrEmpty("username").strip();
    Optional<LocalEditors.LocalEditor> editor = LocalEditors.signIn(username, form.getOrEmpty("password"));
    if (editor.isEmpty()) {
      sendPage(exchange, 401, SignInPage.form(requestId, username, "Identifiant ou mot de passe incorrect.",
          LocalEditors.ACCOUNTS));
      return;
    }
    pending.remove(requestId);
    String session = AuthorizationCodes.randomToken();
    sessions.put(session, editor.get().username());
    exchange.getResponseHeaders().add("Set-Cookie",
        SESSION_COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax");
    redirectWithCode(exchange, request, editor.get());
  }

  private void redirectWithCode(HttpExchange exchange, PendingRequest request, LocalEditors.LocalEditor editor)
      throws IOException {
    String code = codes.issue(new AuthorizationCodes.Grant(request.client().clientId(), request.redirectUri(),
        request.codeChallenge(), request.scopes(), request.nonce(), editor.username(), clock.instant()));
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("code", code);
    if (!request.state().isEmpty()) {
      parameters.put("state", request.state());
    }
    parameters.put("iss", issuer());
    redirect(exchange, request.redirectUri(), parameters);
  }

  private void redirectError(HttpExchange exchange, String redirectUri, String state, String error,
      String description) throws IOException {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("error", error);
    parameters.put("error_description", description);
    if (!state.isEmpty()) {
      parameters.put("state", state);
    }
    redirect(exchange, redirectUri, parameters);
  }

  // ---------------------------------------------------------------- token

  private void token(HttpExchange exchange, FormFields form) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded") || form.repeated().isPresent()) {
      sendJson(exchange, 400, tokenError("invalid_request",
          "send the fields once each, as application/x-www-form-urlencoded"));
      return;
    }
    if (!form.getOrEmpty("grant_type").equals("authorization_code")) {
      sendJson(exchange, 400, tokenError("unsupported_grant_type", "only authorization_code"));
      return;
    }
    OidcClient client = form.get("client_id").map(clients::get).orElse(null);
    if (client == null) {
      sendJson(exchange, 401, tokenError("invalid_client", "unknown client_id"));
      return;
    }
    Optional<AuthorizationCodes.Grant> grant = codes.redeem(form.getOrEmpty("code"), client.clientId(),
        form.getOrEmpty("redirect_uri"), form.getOrEmpty("code_verifier"));
    Optional<LocalEditors.LocalEditor> editor = grant.flatMap(g -> LocalEditors.byUsername(g.username()));
    if (editor.isEmpty()) {
      sendJson(exchange, 400, tokenError("invalid_grant",
          "the code is unknown, expired, used, or was issued for another client, address or code_verifier"));
      return;
    }
    sendJson(exchange, 200, tokenResponse(client, grant.get(), editor.get()));
  }

  private Map<String, Object> tokenResponse(OidcClient client, AuthorizationCodes.Grant grant,
      LocalEditors.LocalEditor editor) {
    Instant now = clock.instant();
    Instant expires = now.plus(ACCESS_TOKEN_LIFETIME);
    // The editor gets the scopes asked for that the account holds: a chief signs for others, a reporter does not.
    List<String> granted = new ArrayList<>();
    for (String scope : grant.scopes()) {
      if (scope.equals("openid") || scope.equals("profile") || editor.scopes().contains(scope)) {
        granted.add(scope);
      }
    }
    String accessToken = tokens.mint(new JWTClaimsSet.Builder()
        .issuer(issuer())
        .audience(EditorTokens.AUDIENCE)
        .subject(editor.username())
        .claim("client_id", client.clientId())
        .claim("token_use", "access")
        .claim("name", editor.name())
        .claim("scope", String.join(" ", granted))
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(expires))
        .build());
    JWTClaimsSet.Builder identity = new JWTClaimsSet.Builder()
        .issuer(issuer())
        .audience(client.clientId())
        .subject(editor.username())
        .claim("token_use", "id")
        .claim("preferred_username", editor.username())
        .claim("name", editor.name())
        .claim("auth_time", grant.authenticatedAt().getEpochSecond())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(expires));
    if (grant.nonce() != null) {
      identity.claim("nonce", grant.nonce());
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("access_token", accessToken);
    response.put("id_token", tokens.mint(identity.build()));
    response.put("token_type", "Bearer");
    response.put("expires_in", ACCESS_TOKEN_LIFETIME.toSeconds());
    response.put("scope", String.join(" ", granted));
    return response;
  }

  private static Map<String, Object> tokenError(String error, String description) {
    return Map.of("error", error, "error_description", description);
  }

  // ---------------------------------------------------------------- sign-out

  private void signOut(HttpExchange exchange, FormFields query) throws IOException {
    sessionId(exchange).ifPresent(sessions::remove);
    exchange.getResponseHeaders().add("Set-Cookie", SESSION_COOKIE + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    String target = query.getOrEmpty("post_logout_redirect_uri");
    boolean registered = clients.values().stream()
        .flatMap(client -> client.postLogoutRedirectUris().stream())
        .anyMatch(uri -> uri.toString().equals(target));
    if (registered) {
      redirect(exchange, target, query.get("state").map(state -> Map.of("state", state)).orElse(Map.of()));
    } else {
      sendPage(exchange, 200, SignInPage.signedOut());
    }
  }

  private Optional<LocalEditors.LocalEditor> sessionEditor(HttpExchange exchange) {
    return sessionId(exchange).map(sessions::get).flatMap(LocalEditors::byUsername);
  }

  private static Optional<String> sessionId(HttpExchange exchange) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String cookie : header.split(";")) {
        String[] pair = cookie.strip().split("=", 2);
        if (pair.length == 2 && pair[0].equals(SESSION_COOKIE) && !pair[1].isEmpty()) {
          return Optional.of(pair[1]);
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- HTTP

  // The desk reads discovery, the keys and the token endpoint from its own origin.
  private void allowDeskOrigins(HttpExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin != null && clients.values().stream().anyMatch(client -> client.origins().contains(origin))) {
      exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
      exchange.getResponseHeaders().set("Vary", "Origin");
    }
  }

  private static void redirect(HttpExchange exchange, String target, Map<String, String> parameters)
      throws IOException {
    StringBuilder location = new StringBuilder(target);
    char separator = target.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      location.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    exchange.getResponseHeaders().set("Location", location.toString());
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(302, -1);
  }

  private static String body(HttpExchange exchange) throws IOException {
    // A form of a few fields: anything past 64 kB is not one.
    byte[] bytes = exchange.getRequestBody().readNBytes(64 * 1024);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private void sendPage(HttpExchange exchange, int status, String html) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Content-Security-Policy", SignInPage.contentSecurityPolicy(
        clients.values().stream().flatMap(client -> client.origins().stream()).distinct().toList()));
    exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    send(exchange, status, html.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendJson(HttpExchange exchange, int status, Object value) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    send(exchange, status, JSON.writeValueAsBytes(value));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
