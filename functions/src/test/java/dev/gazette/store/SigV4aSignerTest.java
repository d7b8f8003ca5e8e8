package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.crt.auth.credentials.Credentials;
import software.amazon.awssdk.crt.cal.EccKeyPair;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The plain-Java SigV4A signer against the AWS CRT, the SDK's own implementation of it. */
class SigV4aSignerTest {
  private static final String KEY_ID = "AKIDEXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final BigInteger P = new BigInteger("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF", 16);

  @Test
  void theKeyDerivedFromASecretIsTheCrts() throws Exception {
    BigInteger d = SigV4aSigner.privateScalar(KEY_ID, SECRET);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest("un message".getBytes(StandardCharsets.UTF_8));
    byte[] crtSignature;
    Credentials credentials = new Credentials(KEY_ID.getBytes(StandardCharsets.UTF_8),
        SECRET.getBytes(StandardCharsets.UTF_8), null);
    try (EccKeyPair crtKey = EccKeyPair.newDeriveFromCredentials(credentials, EccKeyPair.AwsEccCurve.AWS_ECDSA_P256)) {
      crtSignature = crtKey.signMessage(digest);
    }
    Signature verifier = Signature.getInstance("NONEwithECDSA");
    verifier.initVerify(publicKey(d));
    verifier.update(digest);
    assertThat(verifier.verify(crtSignature)).as("the CRT's signature checks with our key's public half").isTrue();
  }

  @Test
  void aRequestIsSignedOverTheCanonicalRequestSigV4aDefinesWithTheDerivedKey() throws Exception {
    SigV4aSigner signer = new SigV4aSigner("cloudfront-keyvaluestore");
    AwsCredentialsIdentity credentials = AwsCredentialsIdentity.create(KEY_ID, SECRET);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", "123456789012.cloudfront-kvs.global.api.aws");
    headers.put("if-match", "KV1");
    byte[] body = "{\"Value\":\"/articles/b/\"}".getBytes(StandardCharsets.UTF_8);
    Map<String, String> added = signer.sign("PUT", "/key-value-stores/arn%3Aaws%3Acloudfront%3A%3A1%3Akey-value-store%2Fx/keys/%2Farticles%2Fa%2F",
        null, headers, body, credentials, Instant.parse("2026-12-03T12:00:00Z"));
    String authorization = added.get("authorization");
    assertThat(authorization).startsWith("AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE/20261203/cloudfront-keyvaluestore/aws4_request, "
        + "SignedHeaders=host;if-match;x-amz-content-sha256;x-amz-date;x-amz-region-set, Signature=");
    // The string to sign, rebuilt by hand from the canonical request SigV4A defines (the path encoded twice).
    String canonical = "PUT\n/key-value-stores/arn%253Aaws%253Acloudfront%253A%253A1%253Akey-value-store%252Fx/keys/%252Farticles%252Fa%252F\n\n"
        + "host:123456789012.cloudfront-kvs.global.api.aws\nif-match:KV1\nx-amz-content-sha256:" + added.get("x-amz-content-sha256")
        + "\nx-amz-date:20261203T120000Z\nx-amz-region-set:*\n\nhost;if-match;x-amz-content-sha256;x-amz-date;x-amz-region-set\n"
        + added.get("x-amz-content-sha256");
    String toSign = "AWS4-ECDSA-P256-SHA256\n20261203T120000Z\n20261203/cloudfront-keyvaluestore/aws4_request\n"
        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] signature = HexFormat.of().parseHex(authorization.substring(authorization.indexOf("Signature=") + 10));
    Signature ours = Signature.getInstance("SHA256withECDSA");
    ours.initVerify(publicKey(SigV4aSigner.privateScalar(KEY_ID, SECRET)));
    ours.update(toSign.getBytes(StandardCharsets.UTF_8));
    assertThat(ours.verify(signature)).as("signed over the canonical request SigV4A defines").isTrue();
  }

  private static PublicKey publicKey(BigInteger d) throws Exception {
    return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(multiply(d), curve()));
  }

  private static ECParameterSpec curve() throws Exception {
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec("secp256r1"));
    return parameters.getParameterSpec(ECParameterSpec.class);
  }

  /** d·G on P-256, by double and add: the public half of a private scalar (the JDK has no call for it). */
  private static ECPoint multiply(BigInteger d) throws Exception {
    ECPoint g = curve().getGenerator();
    ECPoint result = ECPoint.POINT_INFINITY;
    for (int i = d.bitLength() - 1; i >= 0; i--) {
      result = add(result, result);
      if (d.testBit(i)) {
        result = add(result, g);
      }
    }
    return result;
  }

  private static ECPoint add(ECPoint a, ECPoint b) {
    if (a.equals(ECPoint.POINT_INFINITY)) {
      return b;
    }
    if (b.equals(ECPoint.POINT_INFINITY)) {
      return a;
    }
    BigInteger slope;
    if (a.equals(b)) {
      BigInteger three = BigInteger.valueOf(3);
      slope = a.getAffineX().pow(2).multiply(three).subtract(three)
          .multiply(a.getAffineY().shiftLeft(1).modInverse(P)).mod(P);
    } else {
      if (a.getAffineX().equals(b.getAffineX())) {
        return ECPoint.POINT_INFINITY;
      }
      slope = b.getAffineY().subtract(a.getAffineY()).multiply(b.getAffineX().subtract(a.getAffineX()).modInverse(P)).mod(P);
    }
    BigInteger x = slope.pow(2).subtract(a.getAffineX()).subtract(b.getAffineX()).mod(P);
    BigInteger y = slope.multiply(a.getAffineX().subtract(x)).subtract(a.getAffineY()).mod(P);
    return new ECPoint(x, y);
  }
}
