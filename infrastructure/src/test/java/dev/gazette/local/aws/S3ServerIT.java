package dev.gazette.local.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.template.CorsRule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The local S3 on the wire: objects survive a restart, presigned PUTs are refused as S3 refuses
 * them (S3Proxy checks the signed headers and X-Amz-Expires itself), and every object stored is told
 * to the listener once, with what S3's event would say, while requests S3Proxy refuses are not.
 */
class S3ServerIT {

  private static final byte[] PICTURE = "not really a JPEG, but 36 bytes long".getBytes(StandardCharsets.UTF_8);
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir
  Path dataDir;

  @Test
  void objectsKeepTheirBytesAndHeadersAcrossARestart() {
    byte[] page = "<h1>Bonjour à tous</h1>".getBytes(StandardCharsets.UTF_8);
    try (S3Server s3 = S3Server.onDisk(dataDir.resolve("s3"), 0).start(); S3Client client = s3.client()) {
      client.createBucket(b -> b.bucket("site"));
      client.putObject(p -> p.bucket("site").key("articles/a/index.html")
          .contentType("text/html; charset=utf-8").cacheControl("max-age=60"), RequestBody.fromBytes(page));
    }
    try (S3Server s3 = S3Server.onDisk(dataDir.resolve("s3"), 0).start(); S3Client client = s3.client()) {
      ResponseBytes<GetObjectResponse> object =
          client.getObjectAsBytes(g -> g.bucket("site").key("articles/a/index.html"));
      assertThat(object.asByteArray()).isEqualTo(page);
      assertThat(object.response().cacheControl()).isEqualTo("max-age=60");
      assertThat(object.response().contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
    }
  }

  @Test
  void aBrowserOnAnOriginTheRulesAllowMayPutAndOthersMayNot() throws Exception {
    CorsRule desk = new CorsRule("UploadsBucket", List.of("http://localhost:8080"), List.of("PUT"),
        List.of("Content-Type", "Content-Length"), List.of(), 600);
    try (S3Server s3 = S3Server.inMemory(0).withCors(List.of(desk)).start(); S3Client client = s3.client()) {
      client.createBucket(b -> b.bucket("uploads"));
      HttpResponse<String> allowed = preflight(s3, "http://localhost:8080");
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:8080");
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("PUT");
      HttpResponse<String> other = preflight(s3, "https://elsewhere.example");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  private HttpResponse<String> preflight(S3Server s3, String origin) throws Exception {
    return http.send(HttpRequest.newBuilder(s3.endpoint().resolve("/uploads/uploads/01kb.jpg"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
        .header("Access-Control-Request-Method", "PUT").header("Access-Control-Request-Headers", "content-type")
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPresignedPutStoresExactlyTheBytesSentWithTheSignedTypeAndLength() throws Exception {
    try (S3Server s3 = S3Server.onDisk(dataDir.resolve("s3"), 0).start(); S3Client client = s3.client();
        S3Presigner presigner = presigner(s3)) {
      client.createBucket(b -> b.bucket("uploads"));
      PresignedPutObjectRequest signed = presign(presigner, "uploads/photo", "image/jpeg", PICTURE.length,
          Duration.ofMinutes(15));
      assertThat(signed.signedHeaders()).containsKeys("content-type", "content-length", "host");

      assertThat(put(signed, "image/jpeg", PICTURE).statusCode()).isEqualTo(200);

      ResponseBytes<GetObjectResponse> stored = client.getObjectAsBytes(g -> g.bucket("uploads").key("uploads/photo"));
      assertThat(stored.asByteArray()).isEqualTo(PICTURE);
      assertThat(stored.response().contentType()).isEqualTo("image/jpeg");
    }
  }

  @Test
  void aPresignedPutWithAnotherContentTypeThanSignedIsRefusedAndStoresNothing() throws Exception {
    try (S3Server s3 = S3Server.onDisk(dataDir.resolve("s3"), 0).start(); S3Client client = s3.client();
        S3Presigner presigner = presigner(s3)) {
      client.createBucket(b -> b.bucket("uploads"));
      PresignedPutObjectRequest signed = presign(presigner, "uploads/photo", "image/jpeg", PICTURE.length,
          Duration.ofMinutes(15));

      HttpResponse<String> answer = put(signed, "image/svg+xml", PICTURE);

      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(answer.body()).contains("<Code>SignatureDoesNotMatch</Code>");
      assertThat(client.listObjectsV2(l -> l.bucket("uploads")).contents()).isEmpty();
    }
  }

  @Test
  void aPresignedPutOfAnotherLengthThanSignedIsRefusedAndStoresNothing() throws Exception {
    try (S3Server s3 = S3Server.onDisk(dataDir.resolve("s3"), 0).start(); S3Client client = s3.client();
        S3Presigner presigner = presigner(s3)) {
      client.createBucket(b -> b.bucket("uploads"));
      PresignedPutObjectRequest signed = presign(presigner, "uploads/photo", "image/jpeg", PICTURE.length,
          Duration.ofMinutes(15));

      byte[] longer = (new String(PICTURE, StandardCharsets.UTF_8) + " and then some").getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> answer = put(signed, "image/jpeg", longer);

      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(answer.body()).contains("<Code>SignatureDoesNotMatch</Code>");
      assertThat(client.listObjectsV2(l -> l.bucket("uploads")).contents()).isEmpty();
    }
  }

  @Test
  void anExpiredPresignedPutIsRefusedAndStoresNothing() throws Exception {
    try (S3Server s3 = S3Server.onDisk(dataDir.resolve("s3"), 0).start(); S3Client client = s3.client();
        S3Presigner presigner = presigner(s3)) {
      client.createBucket(b -> b.bucket("uploads"));
      PresignedPutObjectRequest signed = presign(presigner, "uploads/photo", "image/jpeg", PICTURE.length,
          Duration.ofSeconds(1));
      Thread.sleep(2_100);

      HttpResponse<String> answer = put(signed, "image/jpeg", PICTURE);

      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(answer.body()).contains("<Code>AccessDenied</Code>").contains("expired");
      assertThat(client.listObjectsV2(l -> l.bucket("uploads")).contents()).isEmpty();
    }
  }

  @Test
  void aPresignedPutThatAsksForAPublicAclIsRefusedAndNothingIsServedToAnyone() throws Exception {
    try (S3Server s3 = S3Server.onDisk(dataDir.resolve("s3"), 0).start(); S3Client client = s3.client();
        S3Presigner presigner = presigner(s3)) {
      client.createBucket(b -> b.bucket("uploads"));
      PresignedPutObjectRequest signed = presign(presigner, "uploads/photo", "image/jpeg", PICTURE.length,
          Duration.ofMinutes(15));

      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(signed.url().toString()))
          .header("Content-Type", "image/jpeg").header("x-amz-acl", "public-read")
          .PUT(HttpRequest.BodyPublishers.ofByteArray(PICTURE)).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(answer.body()).contains("<Code>AccessDenied</Code>");
      assertThat(client.listObjectsV2(l -> l.bucket("uploads")).contents()).isEmpty();
      assertThat(put(signed, "image/jpeg", PICTURE).statusCode()).as("the same PUT without the ACL").isEqualTo(200);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(s3.endpoint() + "/uploads/uploads/photo")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).as("an anonymous read").isEqualTo(403);
    }
  }

  @Test
  void eachStoredObjectIsToldOnceWithItsSizeETagAndKindAndNothingRefusedIs() {
    List<CreatedObject> created = new CopyOnWriteArrayList<>();
    try (S3Server s3 = S3Server.onDisk(dataDir.resolve("s3"), 0).start(); S3Client client = s3.client()) {
      s3.onObjectCreated(created::add);
      client.createBucket(b -> b.bucket("uploads"));
      String eTag = client.putObject(p -> p.bucket("uploads").key("uploads/une photo.jpg").contentType("image/jpeg"),
          RequestBody.fromBytes(PICTURE)).eTag();
      client.copyObject(c -> c.sourceBucket("uploads").sourceKey("uploads/une photo.jpg")
          .destinationBucket("uploads").destinationKey("uploads/une photo.jpg")
          .metadataDirective("REPLACE").contentType("image/jpeg").metadata(Map.of("again", "1")));
      try {
        client.putObject(p -> p.bucket("uploads").key("uploads/une photo.jpg").ifNoneMatch("*"),
            RequestBody.fromBytes(PICTURE));
      } catch (S3Exception refused) {
        assertThat(refused.statusCode()).isEqualTo(412);
      }
      byte[] part = new byte[5 * 1024 * 1024];
      String upload = client.createMultipartUpload(c -> c.bucket("uploads").key("uploads/big")).uploadId();
      String first = client.uploadPart(u -> u.bucket("uploads").key("uploads/big").uploadId(upload).partNumber(1),
          RequestBody.fromBytes(part)).eTag();
      String second = client.uploadPart(u -> u.bucket("uploads").key("uploads/big").uploadId(upload).partNumber(2),
          RequestBody.fromBytes(PICTURE)).eTag();
      String completed = client.completeMultipartUpload(c -> c.bucket("uploads").key("uploads/big").uploadId(upload)
          .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(first).build(),
              CompletedPart.builder().partNumber(2).eTag(second).build()))).eTag();

      assertThat(created).containsExactly(
          new CreatedObject("uploads", "uploads/une photo.jpg", PICTURE.length, eTag.replace("\"", ""),
              CreatedObject.Kind.PUT),
          new CreatedObject("uploads", "uploads/une photo.jpg", PICTURE.length, eTag.replace("\"", ""),
              CreatedObject.Kind.COPY),
          new CreatedObject("uploads", "uploads/big", part.length + PICTURE.length, completed.replace("\"", ""),
              CreatedObject.Kind.COMPLETE_MULTIPART_UPLOAD));
    }
  }

  private static S3Presigner presigner(S3Server s3) {
    return S3Presigner.builder().endpointOverride(s3.endpoint()).region(LocalAws.REGION)
        .credentialsProvider(LocalAws.credentials())
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
  }

  private static PresignedPutObjectRequest presign(S3Presigner presigner, String key, String type, long length,
      Duration validity) {
    return presigner.presignPutObject(p -> p.signatureDuration(validity)
        .putObjectRequest(put -> put.bucket("uploads").key(key).contentType(type).contentLength(length)));
  }

  /** A PUT as a browser sends it: the signed URL, a Content-Type, and the length of the bytes it has. */
  private HttpResponse<String> put(PresignedPutObjectRequest signed, String contentType, byte[] body)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(signed.url().toString())).header("Content-Type", contentType)
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
