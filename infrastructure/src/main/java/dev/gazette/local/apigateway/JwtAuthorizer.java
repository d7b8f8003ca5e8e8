package dev.gazette.local.apigateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What API Gateway's JWT authorizer does before a route's function runs: a bearer token signed by
 * the issuer's key, with the expected {@code iss} and {@code aud} (or, for a token without
 * {@code aud} such as a Cognito access token, {@code client_id}), not expired, not used before {@code nbf}.
 */
final class JwtAuthorizer {

  /** The claims and scopes API Gateway hands to the function, as strings. */
  record Authorization(Map<String, String> claims, List<String> scopes) {
  }

  /** Why a request is refused; the message is safe to show the caller. */
  static final class Unauthorized extends Exception {
    Unauthorized(String message) {
      super(message);
    }
  }

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final String audience;

  JwtAuthorizer(RSAKey publicKey, String issuer, String audience) {
    this.audience = audience;
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
        new ImmutableJWKSet<>(new JWKSet(publicKey))));
    // The audience is checked below: API Gateway accepts client_id in place of a missing aud.
    processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
        new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp")));
  }

  Authorization authorize(String authorizationHeader) throws Unauthorized {
    if (authorizationHeader == null || authorizationHeader.isBlank()) {
      throw new Unauthorized("Missing Authorization header: send Authorization: Bearer <token>");
    }
    String[] parts = authorizationHeader.trim().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
      throw new Unauthorized("The Authorization header must be: Bearer <token>");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(parts[1], null);
    } catch (ParseException e) {
      throw new Unauthorized("The bearer token is not a JWT");
    } catch (BadJOSEException | JOSEException e) {
      throw new Unauthorized("The bearer token was rejected: " + e.getMessage());
    }
    List<String> audiences = claims.getAudience();
    Object clientId = claims.getClaim("client_id");
    boolean forThisApi = audiences.isEmpty() ? audience.equals(clientId) : audiences.contains(audience);
    if (!forThisApi) {
      throw new Unauthorized("The bearer token was rejected: it is not meant for this API (aud or client_id)");
    }
    return new Authorization(stringClaims(claims), scopes(claims));
  }

  // API Gateway passes every claim as a string; arrays read "[a b]", dates are epoch seconds.
  private static Map<String, String> stringClaims(JWTClaimsSet claims) {
    Map<String, String> strings = new LinkedHashMap<>();
    claims.toJSONObject().forEach((name, value) -> strings.put(name, value instanceof Collection<?> list
        ? "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]"
        : String.valueOf(value)));
    return strings;
  }

  private static List<String> scopes(JWTClaimsSet claims) {
    Object scope = claims.getClaim("scope");
    if (scope == null) {
      scope = claims.getClaim("scp");
    }
    if (scope instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return scope == null ? List.of() : Arrays.stream(String.valueOf(scope).split(" "))
        .filter(s -> !s.isBlank()).toList();
  }
}
