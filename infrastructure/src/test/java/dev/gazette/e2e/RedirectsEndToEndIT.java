package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An old slug answers 301 at the CDN: API → stream → Publisher → key value store → CDN, over HTTP.
 * The old page was read (and cached) before the rename: the invalidation makes the 301 show at once.
 */
class RedirectsEndToEndIT {

  @Test
  void aRenamedArticlesOldAddressAnswers301ToTheNewOneUntilItIsUnpublished() throws Exception {
    Path data = Files.createTempDirectory("gazette-redirects");
    try (LocalCloud cloud = LocalCloud.start(LocalCloudOptions.forTests(data).withCdnCaching(true))) {
      Newsroom newsroom = new Newsroom(cloud);
      ObjectNode draft = newsroom.article("Tanger Med : le port passe les neuf millions de conteneurs",
          "Le port de Tanger Med a traité neuf millions de conteneurs.", "published", "Économie");
      JsonNode created = newsroom.create(draft);
      newsroom.awaitPublished();
      String old = "/articles/" + created.get("slug").asText() + "/";
      assertThat(newsroom.read(old).statusCode()).isEqualTo(200);
      assertThat(newsroom.read(old).headers().firstValue("x-cache")).hasValue("Hit from cloudfront");

      ObjectNode renamed = draft.deepCopy();
      renamed.put("slug", "tanger-med-neuf-millions");
      assertThat(newsroom.put(created.get("id").asText(), "\"1\"", renamed).statusCode()).isEqualTo(200);
      newsroom.awaitPublished();

      HttpResponse<String> moved = newsroom.read(old);
      assertThat(moved.statusCode()).isEqualTo(301);
      assertThat(moved.headers().firstValue("location")).hasValue("/articles/tanger-med-neuf-millions/");
      assertThat(moved.headers().firstValue("cache-control")).hasValue("max-age=3600");
      assertThat(newsroom.read(old.substring(0, old.length() - 1)).headers().firstValue("location"))
          .hasValue("/articles/tanger-med-neuf-millions/");
      HttpResponse<String> json = newsroom.read("/articles/" + created.get("slug").asText() + ".json");
      assertThat(json.statusCode()).isEqualTo(301);
      assertThat(json.headers().firstValue("location")).hasValue("/articles/tanger-med-neuf-millions.json");
      assertThat(newsroom.read("/articles/tanger-med-neuf-millions/").statusCode()).isEqualTo(200);
      // Without the store (hosting elsewhere) the bucket still holds the meta-refresh page.
      assertThat(new String(cloud.s3Client().getObjectAsBytes(g -> g.bucket(cloud.bucketName())
          .key("articles/" + created.get("slug").asText() + "/index.html")).asByteArray(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("url=" + cloud.cdnUrl() + "/articles/tanger-med-neuf-millions/");

      // Gone means gone: an unpublished article's old address is no redirect to a 404.
      ObjectNode unpublished = renamed.deepCopy();
      unpublished.put("status", "draft");
      assertThat(newsroom.put(created.get("id").asText(), "\"2\"", unpublished).statusCode()).isEqualTo(200);
      newsroom.awaitPublished();
      assertThat(newsroom.read(old).statusCode()).isEqualTo(404);
      assertThat(newsroom.read("/articles/tanger-med-neuf-millions/").statusCode()).isEqualTo(404);
    }
  }
}
