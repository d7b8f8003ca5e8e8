package dev.gazette.local.apigateway.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.gazette.local.apigateway.EditorTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local OpenID provider over HTTP, as the desk's OIDC client and a hostile caller use it. */
class LocalIdentityProviderIT {

  private static final URI SITE = URI.create("http://localhost:9999");
  private static final String CALLBACK = SITE + "/desk/callback.html";
  private static final String VERIFIER = "a-verifier-of-forty-three-characters-or-more-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private LocalIdentityProvider provider;

  @BeforeEach
  void start() {
    provider = new LocalIdentityProvider(0, EditorTokens.ephemeral(), List.of(OidcClient.desk(SITE))).start();
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void discoveryNamesItsEndpointsUnderTheIssuerAndOffersOnlyCodeWithS256() throws Exception {
    JsonNode metadata = JSON.readTree(get("/.well-known/openid-configuration", null).body());
    assertThat(metadata.get("issuer").asText()).isEqualTo(provider.issuer());
    assertThat(metadata.get("token_endpoint").asText()).isEqualTo(provider.issuer() + "/token");
    assertThat(metadata.get("end_session_endpoint").asText()).isEqualTo(provider.issuer() + "/logout");
    assertThat(metadata.get("response_types_supported").toString()).isEqualTo("[\"code\"]");
    assertThat(metadata.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
    assertThat(JWKSet.parse(get("/jwks.json", null).body()).getKeys()).singleElement()
        .satisfies(key -> assertThat(key.isPrivate()).isFalse());
  }

  @Test
  void anEditorSignsInWithTheFormAndTheCodeBuysTokensTheApiAccepts() throws Exception {
    HttpResponse<String> form = get(authorizePath(AuthorizationCodes.s256(VERIFIER), "openid profile articles:write "
        + "articles:act-for-others"), null);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<label for=\"username\">Identifiant</label>", "Mot de passe");
    String request = requestId(form.body());

    HttpResponse<String> wrong = post("/authorize", Map.of("request", request, "username", "camille", "password", "x"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Identifiant ou mot de passe incorrect.");

    HttpResponse<String> signedIn = post("/authorize",
        Map.of("request", request, "username", "camille", "password", LocalEditors.PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    String location = signedIn.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(CALLBACK + "?code=").contains("state=s-1", "iss=");
    assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax");

    HttpResponse<String> tokens = token(query(location).get("code"), VERIFIER, CALLBACK);
    assertThat(tokens.statusCode()).isEqualTo(200);
    assertThat(tokens.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode answer = JSON.readTree(tokens.body());
    JWTClaimsSet access = verified(answer.get("access_token").asText());
    assertThat(access.getIssuer()).isEqualTo(provider.issuer());
    assertThat(access.getAudience()).containsExactly(EditorTokens.AUDIENCE);
    assertThat(access.getStringClaim("name")).isEqualTo("Camille Martin");
    assertThat(access.getStringClaim("scope")).isEqualTo("openid profile articles:write articles:act-for-others");
    JWTClaimsSet identity = verified(answer.get("id_token").asText());
    assertThat(identity.getAudience()).containsExactly(OidcClient.DESK_CLIENT_ID);
    assertThat(identity.getStringClaim("nonce")).isEqualTo("n-1");
    // Signed with the key the API stand-in verifies with.
    assertThat(provider.tokens().publicKey().toJSONString())
        .isEqualTo(JWKSet.parse(get("/jwks.json", null).body()).getKeys().get(0).toJSONString());
  }

  @Test
  void anEditorGetsOnlyTheScopesTheirAccountHolds() throws Exception {
    String location = signIn("sam", "openid profile articles:write articles:act-for-others");
    JWTClaimsSet access = verified(JSON.readTree(token(query(location).get("code"), VERIFIER, CALLBACK).body())
        .get("access_token").asText());
    assertThat(access.getStringClaim("scope")).isEqualTo("openid profile articles:write");
    assertThat(access.getStringClaim("name")).isEqualTo("Sam Laurent");
  }

  @Test
  void aCodeServesOnceOnlyWithItsVerifierAndItsAddress() throws Exception {
    String code = query(signIn("camille", "openid articles:write")).get("code");
    assertInvalidGrant(token(code, VERIFIER.replace('a', 'b'), CALLBACK));
    // A wrong verifier burns the code: the right one cannot follow.
    assertInvalidGrant(token(code, VERIFIER, CALLBACK));

    String other = query(signIn("camille", "openid articles:write")).get("code");
    assertInvalidGrant(token(other, VERIFIER, SITE + "/elsewhere"));
    String third = query(signIn("camille", "openid articles:write")).get("code");
    assertThat(token(third, VERIFIER, CALLBACK).statusCode()).isEqualTo(200);
    assertInvalidGrant(token(third, VERIFIER, CALLBACK));
    assertInvalidGrant(token("made-up", VERIFIER, CALLBACK));
  }

  @Test
  void anUnregisteredClientOrAddressIsRefusedOnThePageAndNeverRedirectedTo() throws Exception {
    HttpResponse<String> elsewhere = get("/authorize?response_type=code&client_id=gazette-desk&redirect_uri="
        + encode("https://attacker.example/cb") + "&scope=openid&code_challenge=" + AuthorizationCodes.s256(VERIFIER)
        + "&code_challenge_method=S256", null);
    assertThat(elsewhere.statusCode()).isEqualTo(400);
    assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
    HttpResponse<String> unknown = get("/authorize?response_type=code&client_id=someone&redirect_uri="
        + encode(CALLBACK), null);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void withoutPkceOrWithThePlainMethodTheRequestGoesBackWithAnError() throws Exception {
    HttpResponse<String> noPkce = get("/authorize?response_type=code&client_id=gazette-desk&state=s&scope=openid"
        + "&redirect_uri=" + encode(CALLBACK), null);
    assertThat(noPkce.statusCode()).isEqualTo(302);
    assertThat(noPkce.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request", "state=s");
    HttpResponse<String> plain = get("/authorize?response_type=code&client_id=gazette-desk&scope=openid"
        + "&redirect_uri=" + encode(CALLBACK) + "&code_challenge=" + VERIFIER + "&code_challenge_method=plain", null);
    assertThat(plain.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");
    HttpResponse<String> scope = get(authorizePath(AuthorizationCodes.s256(VERIFIER), "openid admin"), null);
    assertThat(scope.headers().firstValue("Location").orElseThrow()).contains("error=invalid_scope");
  }

  @Test
  void aSignedInEditorIsSentBackAtOnceUntilSigningOut() throws Exception {
    String challenge = AuthorizationCodes.s256(VERIFIER);
    HttpResponse<String> form = get(authorizePath(challenge, "openid"), null);
    HttpResponse<String> signedIn = post("/authorize",
        Map.of("request", requestId(form.body()), "username", "sam", "password", LocalEditors.PASSWORD));
    String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

    HttpResponse<String> again = get(authorizePath(challenge, "openid"), cookie);
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(again.headers().firstValue("Location").orElseThrow()).startsWith(CALLBACK + "?code=");

    HttpResponse<String> out = get("/logout?post_logout_redirect_uri=" + encode(SITE + "/desk/") + "&state=z", cookie);
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location")).hasValue(SITE + "/desk/?state=z");
    assertThat(get(authorizePath(challenge, "openid"), cookie).statusCode()).as("the form again").isEqualTo(200);

    HttpResponse<String> notRegistered = get("/logout?post_logout_redirect_uri=" + encode("https://attacker.example/"), null);
    assertThat(notRegistered.statusCode()).isEqualTo(200);
    assertThat(notRegistered.body()).contains("Vous êtes déconnecté");
  }

  @Test
  void theDesksOriginMayReadTheTokenEndpointAndNoOtherOriginMay() throws Exception {
    HttpRequest.Builder fromDesk = HttpRequest.newBuilder(provider.url().resolve("/token"))
        .header("Origin", SITE.toString()).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=gazette-desk&code=x"));
    assertThat(http.send(fromDesk.build(), HttpResponse.BodyHandlers.ofString()).headers()
        .firstValue("Access-Control-Allow-Origin")).hasValue(SITE.toString());
    HttpRequest fromElsewhere = HttpRequest.newBuilder(provider.url().resolve("/token"))
        .header("Origin", "https://attacker.example").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code")).build();
    assertThat(http.send(fromElsewhere, HttpResponse.BodyHandlers.ofString()).headers()
        .firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void theSignInFormEscapesWhatItEchoes() throws Exception {
    HttpResponse<String> form = get(authorizePath(AuthorizationCodes.s256(VERIFIER), "openid"), null);
    HttpResponse<String> wrong = post("/authorize",
        Map.of("request", requestId(form.body()), "username", "\"><script>alert(1)</script>", "password", "x"));
    assertThat(wrong.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(wrong.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
  }

  // ---------------------------------------------------------------- helpers

  private String signIn(String username, String scope) throws Exception {
    HttpResponse<String> form = get(authorizePath(AuthorizationCodes.s256(VERIFIER), scope), null);
    HttpResponse<String> signedIn = post("/authorize",
        Map.of("request", requestId(form.body()), "username", username, "password", LocalEditors.PASSWORD));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    return signedIn.headers().firstValue("Location").orElseThrow();
  }

  private static String authorizePath(String challenge, String scope) {
    return "/authorize?response_type=code&client_id=gazette-desk&redirect_uri=" + encode(CALLBACK)
        + "&scope=" + encode(scope) + "&state=s-1&nonce=n-1&code_challenge=" + challenge + "&code_challenge_method=S256";
  }

  private HttpResponse<String> token(String code, String verifier, String redirectUri) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "authorization_code");
    fields.put("client_id", OidcClient.DESK_CLIENT_ID);
    fields.put("code", code);
    fields.put("redirect_uri", redirectUri);
    fields.put("code_verifier", verifier);
    return post("/token", fields);
  }

  private static void assertInvalidGrant(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("invalid_grant");
  }

  private JWTClaimsSet verified(String jwt) throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
        new ImmutableJWKSet<>(JWKSet.parse(get("/jwks.json", null).body()))));
    return processor.process(jwt, null);
  }

  private static String requestId(String html) {
    Matcher request = Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(html);
    assertThat(request.find()).as("the form's request field").isTrue();
    return request.group(1);
  }

  private static Map<String, String> query(String location) {
    return FormFields.parse(URI.create(location).getRawQuery()).values();
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(provider.issuer() + path)).GET();
    Optional.ofNullable(cookie).ifPresent(c -> request.header("Cookie", c));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create(provider.issuer() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
