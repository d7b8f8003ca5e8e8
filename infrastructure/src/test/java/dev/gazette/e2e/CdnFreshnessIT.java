package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Through a CDN that caches as CloudFront does (article pages a day): a page readers already have
 * from the CDN stops being served within 2 s of an unpublish, a delete or a slug change, and a
 * live article's correction shows within 2 s, because the Publisher invalidates what changed.
 */
class CdnFreshnessIT {
  private static final Duration BOUND = Duration.ofSeconds(2);
  private static LocalCloud cloud;
  private static Newsroom newsroom;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-cdn")).withCdnCaching(true));
    newsroom = new Newsroom(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  /** Published, then read twice through the CDN: the second read is the CDN's copy. */
  private static JsonNode publishedAndCached(String title, String body) {
    JsonNode created = newsroom.create(newsroom.article(title, body, "published", "Société"));
    newsroom.awaitPublished();
    String path = path(created);
    assertThat(newsroom.read(path).statusCode()).isEqualTo(200);
    HttpResponse<String> cached = newsroom.read(path);
    assertThat(cached.headers().firstValue("x-cache")).hasValue("Hit from cloudfront");
    assertThat(cached.body()).contains(body);
    return created;
  }

  private static String path(JsonNode created) {
    return "/articles/" + created.get("slug").asText() + "/";
  }

  /** Polls the CDN until the answer at the path satisfies the test, at most {@link #BOUND} after the change was published. */
  private static boolean withinBound(String path, Predicate<HttpResponse<String>> test) throws InterruptedException {
    newsroom.awaitPublished();
    Instant deadline = Instant.now().plus(BOUND);
    do {
      if (test.test(newsroom.read(path))) {
        return true;
      }
      Thread.sleep(50);
    } while (Instant.now().isBefore(deadline));
    return false;
  }

  @Test
  void anUnpublishedPageLeavesTheCdn() throws Exception {
    JsonNode article = publishedAndCached("Une annonce retirée du site", "Texte de l'annonce retirée.");
    assertThat(newsroom.put(article.get("id").asText(), "\"1\"", newsroom.article("Une annonce retirée du site",
        "Texte de l'annonce retirée.", "draft", "Société")).statusCode()).isEqualTo(200);
    assertThat(withinBound(path(article), response -> response.statusCode() == 404)).isTrue();
  }

  @Test
  void aDeletedPageLeavesTheCdn() throws Exception {
    JsonNode article = publishedAndCached("Une dépêche supprimée", "Texte de la dépêche supprimée.");
    assertThat(newsroom.delete(article.get("id").asText(), "\"1\"").statusCode()).isEqualTo(204);
    assertThat(withinBound(path(article), response -> response.statusCode() == 404)).isTrue();
    assertThat(withinBound("/articles/" + article.get("slug").asText() + ".json",
        response -> response.statusCode() == 404)).isTrue();
  }

  @Test
  void aRenamedPageIsNoLongerServedAtItsOldAddress() throws Exception {
    JsonNode article = publishedAndCached("Un titre à changer", "Texte du titre à changer.");
    ObjectNode renamed = newsroom.article("Un titre changé", "Texte du titre changé.", "published", "Société");
    renamed.put("slug", "un-titre-change");
    assertThat(newsroom.put(article.get("id").asText(), "\"1\"", renamed).statusCode()).isEqualTo(200);
    assertThat(withinBound(path(article), response -> !response.body().contains("Texte du titre à changer."))).isTrue();
  }

  @Test
  void aCorrectionOfALiveArticleShows() throws Exception {
    JsonNode article = publishedAndCached("Le budget voté", "Le budget est de 12 millions.");
    assertThat(newsroom.put(article.get("id").asText(), "\"1\"", newsroom.article("Le budget voté",
        "Le budget est de 21 millions.", "published", "Société")).statusCode()).isEqualTo(200);
    assertThat(withinBound(path(article), response -> response.body().contains("Le budget est de 21 millions."))).isTrue();
  }
}
