package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The site stays whole through a newsroom's day: retitles show everywhere, unpublish, delete
 * and slug changes leave no broken link, and replaying the whole stream changes no byte.
 */
class NoDeadLinksIT {

  @Test
  void aNewsroomsDayLeavesNoBrokenLinkNoStaleTitleAndReplaysToTheSameBytes() throws Exception {
    Path data = Files.createTempDirectory("gazette-links");
    LocalCloudOptions options = LocalCloudOptions.forTests(data).withCdnPort(freePort());
    Map<String, String> before;
    long homeTicket;
    try (LocalCloud cloud = LocalCloud.start(options)) {
      Newsroom newsroom = new Newsroom(cloud);
      JsonNode usine = newsroom.create(newsroom.article("Agadir : l’usine de dessalement produit ses premiers litres",
          "L’usine de dessalement d’Agadir fournit l’eau potable de la ville.", "published", "Environnement", "Économie"));
      JsonNode barrages = newsroom.create(newsroom.article("Souss : les barrages au plus bas, l’eau potable rationnée",
          "Les barrages du Souss sont presque vides ; Agadir compte sur le dessalement de l’eau.", "published", "Environnement"));
      JsonNode financement = newsroom.create(newsroom.article("Dessalement : un financement européen pour l’usine d’Agadir",
          "Un prêt finance l’extension de l’usine de dessalement d’Agadir.", "published", "Économie", "Environnement"));
      JsonNode marathon = newsroom.create(newsroom.article("Marathon de Casablanca : un record battu",
          "Le marathon de Casablanca a vu tomber le record de l’épreuve.", "published", "Sport"));
      newsroom.awaitPublished();
      String usinePath = "/articles/" + usine.get("slug").asText() + "/";
      assertThat(Jsoup.parse(newsroom.read("/articles/" + barrages.get("slug").asText() + "/").body())
          .select("a[href=" + usinePath + "]")).isNotEmpty();

      // A retitle shows on the topic pages, the home page and the related lists that show it.
      ObjectNode retitled = newsroom.article("Agadir boit l’eau de son usine de dessalement",
          "L’usine de dessalement d’Agadir fournit l’eau potable de la ville.", "published", "Environnement", "Économie");
      assertThat(newsroom.put(usine.get("id").asText(), "\"1\"", retitled).statusCode()).isEqualTo(200);
      newsroom.awaitPublished();
      for (String page : List.of("/", "/topics/environnement/", "/topics/economie/",
          "/articles/" + barrages.get("slug").asText() + "/", "/articles/" + financement.get("slug").asText() + "/")) {
        String html = newsroom.read(page).body();
        assertThat(html).as(page).contains("Agadir boit l’eau de son usine de dessalement")
            .doesNotContain("produit ses premiers litres");
      }

      // Unpublish one, delete one, rename one.
      assertThat(newsroom.put(marathon.get("id").asText(), "\"1\"", newsroom.article(
          "Marathon de Casablanca : un record battu", "Texte.", "draft", "Sport")).statusCode()).isEqualTo(200);
      assertThat(newsroom.delete(financement.get("id").asText(), "\"1\"").statusCode()).isEqualTo(204);
      ObjectNode renamed = retitled.deepCopy();
      renamed.put("slug", "agadir-usine-de-dessalement");
      assertThat(newsroom.put(usine.get("id").asText(), "\"2\"", renamed).statusCode()).isEqualTo(200);
      newsroom.awaitPublished();

      SiteCrawler.Crawl crawl = new SiteCrawler(newsroom, cloud.cdnUrl()).from("/");
      assertThat(crawl.brokenLinks()).isEmpty();
      assertThat(crawl.pages()).contains("/articles/agadir-usine-de-dessalement/", "/topics/environnement/",
          "/articles/" + barrages.get("slug").asText() + "/").doesNotContain("/topics/sport/")
          .anyMatch(page -> page.startsWith("/auteurs/"));
      assertThat(newsroom.read("/topics/sport/").statusCode()).isEqualTo(404);
      assertThat(newsroom.read(usinePath).headers().firstValue("location")).hasValue("/articles/agadir-usine-de-dessalement/");
      before = objects(cloud.s3Client(), cloud.bucketName());
      homeTicket = homeTicket(cloud);
    }

    // Replay the whole stream from its start, as after a lost checkpoint.
    try (Stream<Path> files = Files.list(data)) {
      List<Path> checkpoints = files.filter(file -> file.getFileName().toString().startsWith("stream-checkpoint")).toList();
      assertThat(checkpoints).isNotEmpty();
      for (Path checkpoint : checkpoints) {
        Files.delete(checkpoint);
      }
    }
    try (LocalCloud cloud = LocalCloud.start(options)) {
      cloud.awaitPublished();
      assertThat(homeTicket(cloud)).as("the replay rendered the home page again").isGreaterThan(homeTicket);
      assertThat(objects(cloud.s3Client(), cloud.bucketName())).isEqualTo(before);
    }
  }

  /** How many times a Publisher asked for the home page. */
  private static long homeTicket(LocalCloud cloud) {
    return Long.parseLong(cloud.dynamoDbClient().getItem(request -> request.tableName(cloud.tableName())
        .key(Map.of("pk", AttributeValue.fromS("PAGE#front:site"), "sk", AttributeValue.fromS("PAGE"))))
        .item().get("ticket").n());
  }

  /** Every object's key and ETag (the MD5 of its bytes). */
  private static Map<String, String> objects(S3Client s3, String bucket) {
    Map<String, String> etags = new HashMap<>();
    for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket)).contents()) {
      etags.put(object.key(), object.eTag());
    }
    return etags;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
