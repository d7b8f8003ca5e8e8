package dev.gazette.local.apigateway.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The codes the authorize endpoint hands out and the token endpoint takes back: random, once only,
 * a minute at most, bound to the client, the redirect address and the PKCE challenge (S256) of the
 * request that asked for them (RFC 6749 4.1, RFC 7636).
 */
final class AuthorizationCodes {

  /** What a code stands for. */
  record Grant(String clientId, String redirectUri, String codeChallenge, List<String> scopes,
      String nonce, String username, Instant authenticatedAt) {
  }

  static final Duration LIFETIME = Duration.ofSeconds(60);
  // RFC 7636 4.1: 43 to 128 unreserved characters.
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Issued(Grant grant, Instant expiresAt) {
  }

  private final Map<String, Issued> codes = new ConcurrentHashMap<>();
  private final Clock clock;

  AuthorizationCodes(Clock clock) {
    this.clock = clock;
  }

  String issue(Grant grant) {
    codes.values().removeIf(issued -> issued.expiresAt().isBefore(clock.instant()));
    String code = randomToken();
    codes.put(code, new Issued(grant, clock.instant().plus(LIFETIME)));
    return code;
  }

  /**
   * The grant of {@code code}, which is used up by this call whatever its outcome (a code tried
   * with a wrong verifier cannot be tried again); empty if it was unknown, used, expired or bound
   * to another client, address or verifier.
   */
  Optional<Grant> redeem(String code, String clientId, String redirectUri, String codeVerifier) {
    Issued issued = code == null ? null : codes.remove(code);
    if (issued == null || issued.expiresAt().isBefore(clock.instant())) {
      return Optional.empty();
    }
    Grant grant = issued.grant();
    boolean matches = grant.clientId().equals(clientId)
        && grant.redirectUri().equals(redirectUri)
        && codeVerifier != null && VERIFIER.matcher(codeVerifier).matches()
        && MessageDigest.isEqual(s256(codeVerifier).getBytes(StandardCharsets.US_ASCII),
            grant.codeChallenge().getBytes(StandardCharsets.US_ASCII));
    return matches ? Optional.of(grant) : Optional.empty();
  }

  /** The S256 challenge of a verifier: BASE64URL(SHA-256(ASCII(verifier))), unpadded. */
  static String s256(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** 256 random bits, URL-safe: for codes, sign-in requests and sessions. */
  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
