package dev.gazette.local.apigateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The signing side of the local identity provider: an RS256 key kept in the data directory (so
 * tokens survive restarts) that mints the JWTs the API stand-in accepts, under one issuer.
 */
public final class EditorTokens {

  /** The issuer of tokens minted without an identity provider running (tests of the API alone). */
  public static final String ISSUER = "http://localhost/gazette-local";
  public static final String AUDIENCE = "gazette-editors";
  public static final String WRITE_SCOPE = "articles:write";
  /** Lets a desk sign articles with someone else's name (the samples have their own bylines). */
  public static final String ACT_FOR_OTHERS_SCOPE = "articles:act-for-others";
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
  private static final String KEY_ID = "gazette-local-editor";

  private final RSAKey key;
  private final String issuer;

  private EditorTokens(RSAKey key, String issuer) {
    this.key = key;
    this.issuer = issuer;
  }

  /** The same key, minting tokens with another {@code iss}: the local identity provider's address. */
  public EditorTokens withIssuer(String otherIssuer) {
    return new EditorTokens(key, otherIssuer);
  }

  public String issuer() {
    return issuer;
  }

  /** The key in {@code keyFile}, created there the first time. */
  public static EditorTokens loadOrCreate(Path keyFile) {
    try {
      if (Files.exists(keyFile)) {
        return new EditorTokens(RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8)), ISSUER);
      }
      EditorTokens tokens = ephemeral();
      Files.createDirectories(keyFile.toAbsolutePath().getParent());
      Files.writeString(keyFile, tokens.key.toJSONString(), StandardCharsets.UTF_8);
      ownerOnly(keyFile);
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the editor key " + keyFile, e);
    } catch (ParseException e) {
      throw new IllegalStateException(keyFile + " is not an RSA JWK; delete it to get a new key", e);
    }
  }

  // The private key mints editor tokens: other users of the machine have no business reading it.
  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the user profile's ACLs already apply
    }
  }

  /** A fresh key held in memory only; a second one forges tokens the first does not accept. */
  public static EditorTokens ephemeral() {
    try {
      return new EditorTokens(new RSAKeyGenerator(2048).keyID(KEY_ID).generate(), ISSUER);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }

  /** The token printed for the local editor: all scopes, valid 30 days. */
  public String editorToken() {
    return mint("local-editor", "Local Editor", List.of(WRITE_SCOPE, ACT_FOR_OTHERS_SCOPE),
        DEFAULT_LIFETIME);
  }

  /** A token issued now for this audience; a negative lifetime gives an expired token. */
  public String mint(String subject, String name, List<String> scopes, Duration lifetime) {
    Instant now = Instant.now();
    return mint(new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(AUDIENCE)
        .subject(subject)
        .claim("name", name)
        .claim("scope", String.join(" ", scopes))
        .issueTime(Date.from(lifetime.isNegative() ? now.plus(lifetime).minusSeconds(60) : now))
        .expirationTime(Date.from(now.plus(lifetime)))
        .build());
  }

  /** Signs any claims with this key: for tests of what the API refuses (wrong audience, issuer…). */
  public String mint(JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
        claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }

  /** The public half, which the API stand-in verifies signatures with. */
  public RSAKey publicKey() {
    return key.toPublicJWK();
  }
}
