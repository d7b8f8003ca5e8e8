package dev.gazette.local.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

class S3ServerIT {

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
}
