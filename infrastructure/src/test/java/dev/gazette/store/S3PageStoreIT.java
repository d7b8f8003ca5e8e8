package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.local.aws.S3Server;
import dev.gazette.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Site files in S3Proxy: bytes and headers exactly as rendered. */
class S3PageStoreIT {
  private static S3Server server;
  private static S3Client s3;
  private static S3PageStore pages;

  @BeforeAll
  static void startS3() {
    server = S3Server.inMemory(0).start();
    s3 = server.client();
    s3.createBucket(request -> request.bucket("site"));
    pages = new S3PageStore(s3, "site");
  }

  @AfterAll
  static void stopS3() {
    s3.close();
    server.close();
  }

  @Test
  void aPutFileKeepsItsBytesContentTypeAndCacheControl() {
    byte[] html = "<!DOCTYPE html><title>Été à Fès</title>".getBytes(StandardCharsets.UTF_8);
    pages.put(new RenderedFile("articles/ete-a-fes/index.html", html, "text/html; charset=utf-8",
        "public, max-age=60"));
    ResponseBytes<GetObjectResponse> stored = s3.getObjectAsBytes(request -> request.bucket("site")
        .key("articles/ete-a-fes/index.html"));
    assertThat(stored.asByteArray()).isEqualTo(html);
    assertThat(stored.response().contentType().replace(" ", "")).isEqualTo("text/html;charset=utf-8");
    assertThat(stored.response().cacheControl()).isEqualTo("public, max-age=60");
  }

  @Test
  void deletingRemovesTheFileAndDeletingTwiceIsFine() {
    pages.put(new RenderedFile("articles/x.json", "{}".getBytes(StandardCharsets.UTF_8),
        "application/json", "no-cache"));
    pages.delete("articles/x.json");
    pages.delete("articles/x.json");
    assertThatThrownBy(() -> s3.getObject(request -> request.bucket("site").key("articles/x.json")))
        .isInstanceOf(NoSuchKeyException.class);
  }
}
