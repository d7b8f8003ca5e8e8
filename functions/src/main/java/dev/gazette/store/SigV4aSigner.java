package dev.gazette.store;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signature Version 4A (ECDSA P-256), which CloudFront's KeyValueStore data plane requires, in
 * plain Java: the SDK signs SigV4A only through the AWS CRT (a native library of 23 MB, loaded
 * from a temporary file), and its KeyValueStore client is not served to this build. The key is
 * derived from the secret as the CRT derives it (NIST SP 800-108 counter-mode KDF, HMAC-SHA256);
 * the JDK's own EC provider signs. Region set "*": the store is global.
 */
public final class SigV4aSigner {
  static final String ALGORITHM = "AWS4-ECDSA-P256-SHA256";
  private static final BigInteger N_MINUS_2 = new BigInteger(
      "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16).subtract(BigInteger.TWO);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private final String service;
  private String derivedFor;
  private PrivateKey derived;

  public SigV4aSigner(String service) {
    this.service = service;
  }

  /**
   * The headers to add to a request so that it is signed: x-amz-date, x-amz-region-set,
   * x-amz-content-sha256, the session token if any, and Authorization.
   *
   * @param rawPath the path as sent, percent-encoded
   * @param headers the request's other headers, host included
   */
  public Map<String, String> sign(String method, String rawPath, String rawQuery, Map<String, String> headers,
      byte[] body, AwsCredentialsIdentity credentials, Instant now) {
    String stamp = STAMP.format(now);
    String scope = stamp.substring(0, 8) + "/" + service + "/aws4_request";
    String payloadHash = HEX.formatHex(sha256(body));
    Map<String, String> signed = new TreeMap<>();
    headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.trim().replaceAll(" +", " ")));
    Map<String, String> added = new TreeMap<>();
    added.put("x-amz-date", stamp);
    added.put("x-amz-region-set", "*");
    added.put("x-amz-content-sha256", payloadHash);
    if (credentials instanceof AwsSessionCredentialsIdentity session) {
      added.put("x-amz-security-token", session.sessionToken());
    }
    signed.putAll(added);
    String signedHeaders = String.join(";", signed.keySet());
    StringBuilder canonical = new StringBuilder()
        .append(method).append('\n')
        .append(canonicalPath(rawPath)).append('\n')
        .append(canonicalQuery(rawQuery)).append('\n');
    signed.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
    canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
    String toSign = ALGORITHM + "\n" + stamp + "\n" + scope + "\n"
        + HEX.formatHex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    try {
      Signature ecdsa = Signature.getInstance("SHA256withECDSA");
      ecdsa.initSign(key(credentials));
      ecdsa.update(toSign.getBytes(StandardCharsets.UTF_8));
      added.put("authorization", ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope
          + ", SignedHeaders=" + signedHeaders + ", Signature=" + HEX.formatHex(ecdsa.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SigV4a signing failed", e);
    }
    return added;
  }

  /** The signing key of these credentials (derived once per access key: it costs a few HMACs). */
  synchronized PrivateKey key(AwsCredentialsIdentity credentials) throws GeneralSecurityException {
    String id = credentials.accessKeyId() + "\n" + credentials.secretAccessKey();
    if (!id.equals(derivedFor)) {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
      derived = KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(
          privateScalar(credentials.accessKeyId(), credentials.secretAccessKey()), curve));
      derivedFor = id;
    }
    return derived;
  }

  /** The private scalar SigV4A derives from a secret: the first HMAC output not above n-2, plus one. */
  static BigInteger privateScalar(String accessKeyId, String secretAccessKey) throws GeneralSecurityException {
    javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
    hmac.init(new javax.crypto.spec.SecretKeySpec(
        ("AWS4A" + secretAccessKey).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    for (int counter = 1; counter <= 254; counter++) {
      hmac.update(new byte[] {0, 0, 0, 1});
      hmac.update(ALGORITHM.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      hmac.update(accessKeyId.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) counter);
      hmac.update(new byte[] {0, 0, 1, 0});
      BigInteger candidate = new BigInteger(1, hmac.doFinal());
      if (candidate.compareTo(N_MINUS_2) <= 0) {
        return candidate.add(BigInteger.ONE);
      }
    }
    throw new IllegalStateException("no SigV4a key derives from these credentials");
  }

  /** Services other than S3 sign the path encoded once more than it is sent. */
  static String canonicalPath(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    StringBuilder path = new StringBuilder();
    for (byte b : rawPath.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c == '/' || isUnreserved(c)) {
        path.append(c);
      } else {
        path.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return path.toString();
  }

  private static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    // The client sends its parameters encoded as SigV4 wants them: sorting is all that is left.
    return String.join("&", List.of(rawQuery.split("&")).stream().map(p -> p.contains("=") ? p : p + "=")
        .sorted().toList());
  }

  private static boolean isUnreserved(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
