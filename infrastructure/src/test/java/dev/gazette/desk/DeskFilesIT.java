package dev.gazette.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.aws.S3Server;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** The built desk into the site bucket: types, cache lifetimes, its config.json, unchanged files left alone. */
class DeskFilesIT {

  private static final String BUCKET = "site";
  private static final DeskFiles.DeskConfig CONFIG = new DeskFiles.DeskConfig("http://localhost:3000",
      "http://localhost:3001", "gazette-desk", "openid profile articles:write", "http://localhost:8080", "Europe/Paris", null);

  private S3Server server;
  private S3Client s3;

  @BeforeEach
  void start() {
    server = S3Server.inMemory(0).start();
    s3 = server.client();
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @AfterEach
  void stop() {
    s3.close();
    server.close();
  }

  @Test
  void pagesAreRevalidatedHashedAssetsKeptAYearAndTheConfigIsThisPlacesOwn(@TempDir Path dist) throws Exception {
    Files.writeString(dist.resolve("index.html"), "<!doctype html><title>Desk</title>");
    Files.writeString(dist.resolve("callback.html"), "<!doctype html><title>Desk</title>");
    Files.createDirectories(dist.resolve("assets"));
    Files.writeString(dist.resolve("assets/main-ab12.js"), "console.log(1)");
    Files.writeString(dist.resolve("config.json"), "{\"apiUrl\":\"http://dev-only\"}");

    assertThat(DeskFiles.publish(s3, BUCKET, dist, CONFIG)).isEqualTo(4);

    HeadObjectResponse index = head("desk/index.html");
    assertThat(index.contentType()).startsWith("text/html").contains("charset=utf-8");
    assertThat(index.cacheControl()).isEqualTo("no-cache");
    HeadObjectResponse script = head("desk/assets/main-ab12.js");
    assertThat(script.contentType()).startsWith("text/javascript");
    assertThat(script.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
    assertThat(head("desk/config.json").cacheControl()).isEqualTo("no-cache");
    var config = new ObjectMapper().readTree(s3.getObjectAsBytes(g -> g.bucket(BUCKET).key("desk/config.json")).asByteArray());
    assertThat(config.get("apiUrl").asText()).as("the built dev config is not served").isEqualTo("http://localhost:3000");
    assertThat(config.get("issuer").asText()).isEqualTo("http://localhost:3001");
    assertThat(config.has("signOutUrl")).as("left out when the issuer's discovery has it").isFalse();

    assertThat(DeskFiles.publish(s3, BUCKET, dist, CONFIG)).as("a restart with the same build").isZero();
    Files.writeString(dist.resolve("index.html"), "<!doctype html><title>Desk 2</title>");
    assertThat(DeskFiles.publish(s3, BUCKET, dist, CONFIG)).isEqualTo(1);
  }

  private HeadObjectResponse head(String key) {
    return s3.headObject(h -> h.bucket(BUCKET).key(key));
  }
}
