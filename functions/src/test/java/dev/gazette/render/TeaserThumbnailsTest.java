package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.article;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static dev.gazette.render.Listed.month;
import static dev.gazette.render.Listed.withPicture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Picture;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import dev.gazette.site.ArchiveMonth;
import dev.gazette.site.SitePaths;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teasers of articles with a lead picture show it small, in 4:3, wherever articles are listed. */
class TeaserThumbnailsTest {

  private static final Topic ECONOMIE = Topic.named("Économie");
  private static final ArchiveMonth NOVEMBER = month("2026-11", 2, "2026-11-20T09:00:00Z");

  private final SiteRenderers renderers = SiteRenderers.of(SITE);
  private final SitePaths paths = new SitePaths(SITE);
  private final Picture harbour = SamplePictures.harbour();
  private final ArticleSummary pictured = withPicture(article("Le port s’agrandit", "2026-11-20T09:00:00Z",
      "2026-11-20T09:00:00Z", "Économie"), harbour);
  private final ArticleSummary plain = article("La criée rouvre", "2026-11-18T09:00:00Z",
      "2026-11-18T09:00:00Z", "Économie");
  private final List<ArticleSummary> entries = List.of(pictured, plain);

  private String url(int width) {
    return paths.renditionUrl(harbour.imageHash(), "4x3", width, "jpg").toString();
  }

  private void assertThumbnails(Document page, String teaserSelector) {
    List<Element> teasers = page.select(teaserSelector);
    assertThat(teasers).hasSize(2);
    Element img = teasers.get(0).selectFirst("img");
    assertThat(img.attr("src")).isEqualTo(url(320));
    assertThat(img.attr("srcset")).isEqualTo(url(320) + " 320w, " + url(640) + " 640w");
    assertThat(img.attr("sizes")).isEqualTo("8rem");
    assertThat(img.attr("width")).isEqualTo("320");
    assertThat(img.attr("height")).isEqualTo("240");
    assertThat(img.attr("alt")).isEqualTo("Le port au lever du jour");
    assertThat(img.attr("loading")).isEqualTo("lazy");
    assertThat(img.hasClass("thumbnail")).isTrue();
    assertThat(teasers.get(1).select("img")).as("a teaser without picture").isEmpty();
  }

  @Test
  void homeTeasersShowTheirThumbnail() {
    assertThumbnails(html(file(renderers.lists().home(entries, List.of(NOVEMBER)), "index.html")),
        "main .teaser");
  }

  @Test
  void topicFrontAndTopicMonthTeasersShowTheirThumbnail() {
    assertThumbnails(html(file(renderers.lists().topicFront(ECONOMIE, entries, List.of(NOVEMBER)),
        "topics/economie/index.html")), "main .teaser");
    assertThumbnails(html(file(renderers.lists().topicMonth(ECONOMIE, NOVEMBER, entries),
        "topics/economie/2026-11/index.html")), "main .teaser");
  }

  @Test
  void siteMonthTeasersShowTheirThumbnail() {
    assertThumbnails(html(file(renderers.lists().siteMonth(NOVEMBER, entries),
        "archives/2026-11/index.html")), "main .teaser");
  }

  @Test
  void relatedArticlesShowTheirThumbnail() {
    Instant published = Instant.parse("2026-11-21T09:00:00Z");
    Article article = new Article("id-9", new Slug("la-ville-et-son-port"), Set.of(), "La ville et son port",
        null, "Texte.", "C.M.", "Tanger", List.of(ECONOMIE), Status.PUBLISHED, published, published,
        published, 1, "fr", null, null);
    Document page = html(renderers.articles().render(article, ArticlePictures.NONE, entries).get(0));

    assertThumbnails(page, "section.related .teaser");
  }

  @Test
  void aPictureWhoseNarrowestRenditionIsWideOffersThatOneOnly() {
    Picture wide = new Picture("m5", "0a0b0c0d0e0f00112233445566778899", 3000, 2250, "Large", null, null,
        List.of(new dev.gazette.article.PictureRendition("4x3", 1280, 960, "jpg"),
            new dev.gazette.article.PictureRendition("4x3", 2048, 1536, "jpg")));
    Element img = html(file(renderers.lists().home(List.of(withPicture(plain, wide)), List.of()), "index.html"))
        .selectFirst(".teaser img");

    assertThat(img.attr("srcset")).isEqualTo(
        paths.renditionUrl(wide.imageHash(), "4x3", 1280, "jpg") + " 1280w");
    assertThat(img.attr("width")).isEqualTo("1280");
  }

  @Test
  void recommendedPicksCarryTheirThumbnailForTheScript() throws Exception {
    JsonNode picks = new ObjectMapper().readTree(renderers.picks().recommended(entries).bytes())
        .path("articles");
    JsonNode image = picks.get(0).path("image");

    assertThat(image.path("url").asText()).isEqualTo(url(320));
    assertThat(image.path("width").asInt()).isEqualTo(320);
    assertThat(image.path("height").asInt()).isEqualTo(240);
    assertThat(image.path("alt").asText()).isEqualTo("Le port au lever du jour");
    assertThat(image.path("sizes").asText()).isEqualTo("8rem");
    assertThat(image.path("srcset").findValuesAsText("url")).containsExactly(url(320), url(640));
    assertThat(picks.get(1).path("image").isNull()).isTrue();
  }

  @Test
  void theRecommendedScriptShowsThePicksThumbnails(@TempDir Path dir) throws Exception {
    JsonNode teasers = runRecommendedScript(dir, renderers.picks().recommended(entries).bytes());

    assertThat(teasers).hasSize(2);
    JsonNode img = teasers.get(0).path("img");
    assertThat(img.path("className").asText()).isEqualTo("thumbnail");
    assertThat(img.path("src").asText()).isEqualTo(url(320));
    assertThat(img.path("srcset").asText()).isEqualTo(url(320) + " 320w, " + url(640) + " 640w");
    assertThat(img.path("sizes").asText()).isEqualTo("8rem");
    assertThat(img.path("width").asInt()).isEqualTo(320);
    assertThat(img.path("height").asInt()).isEqualTo(240);
    assertThat(img.path("alt").asText()).isEqualTo("Le port au lever du jour");
    assertThat(img.path("loading").asText()).isEqualTo("lazy");
    assertThat(teasers.get(1).path("img").isNull()).isTrue();
  }

  @Test
  void theRecommendedScriptShowsNoThumbnailFromAnotherPathOrAScriptUrl(@TempDir Path dir) throws Exception {
    String picks = """
        {"articles": [
          {"title": "a", "url": "https://news.example.org/articles/a/", "slug": "a",
           "image": {"url": "javascript:alert(1)", "width": 320, "height": 240, "alt": "x", "srcset": []}},
          {"title": "b", "url": "https://news.example.org/articles/b/", "slug": "b",
           "image": {"url": "https://tracker.example/pixel.gif", "width": 1, "height": 1, "alt": ""}},
          {"title": "c", "url": "https://news.example.org/articles/c/", "slug": "c",
           "image": {"url": "https://news.example.org/media/0123456789abcdef/4x3-320.jpg", "width": 320,
             "height": 240, "alt": "c", "srcset": [
               {"url": "https://news.example.org/media/0123456789abcdef/4x3-320.jpg", "width": 320},
               {"url": "https://tracker.example/media/x.jpg", "width": 640},
               {"url": "https://news.example.org/media/a.jpg, https://tracker.example/b.jpg", "width": 960},
               {"url": "data:image/svg+xml,<svg onload=alert(1)>", "width": 1280},
               {"url": "https://news.example.org/media/0123456789abcdef/4x3-640.jpg", "width": "640w"}]}}
        ]}
        """;
    JsonNode teasers = runRecommendedScript(dir, picks.getBytes(StandardCharsets.UTF_8));

    assertThat(teasers).hasSize(3);
    assertThat(teasers.get(0).path("img").isNull()).isTrue();
    assertThat(teasers.get(1).path("img").isNull()).isTrue();
    assertThat(teasers.get(2).path("img").path("srcset").asText())
        .isEqualTo("https://news.example.org/media/0123456789abcdef/4x3-320.jpg 320w");
  }

  @Test
  void theRecommendedScriptLeavesOutThePagesArticleAndThoseAllerPlusLoinShows(@TempDir Path dir) throws Exception {
    ArticleSummary third = article("Le phare repeint", "2026-11-17T09:00:00Z", "2026-11-17T09:00:00Z", "Économie");
    byte[] picks = renderers.picks().recommended(List.of(pictured, plain, third)).bytes();
    // As an article page about "Le port s’agrandit" with "La criée rouvre" in Aller plus loin carries it.
    JsonNode teasers = runRecommendedScript(dir, picks, "le-port-s-agrandit la-criee-rouvre");

    assertThat(teasers.findValuesAsText("title")).containsExactly("Le phare repeint");
  }

  /** The teasers recommended.js builds from these picks, run by node over a stand-in DOM. */
  private JsonNode runRecommendedScript(Path dir, byte[] picks) throws Exception {
    return runRecommendedScript(dir, picks, "la-page-lue");
  }

  private JsonNode runRecommendedScript(Path dir, byte[] picks, String exclude) throws Exception {
    Path script = dir.resolve("recommended.js");
    Path harness = dir.resolve("harness.js");
    Path json = dir.resolve("recommended.json");
    Files.write(script, file(renderers.statics().all(), renderers.statics().recommendedScriptPath().substring(1))
        .bytes());
    try (InputStream in = TeaserThumbnailsTest.class.getResourceAsStream("recommended-harness.js")) {
      Files.write(harness, in.readAllBytes());
    }
    Files.write(json, picks);
    Process node = new ProcessBuilder("node", harness.toString(), script.toString(), json.toString(), exclude)
        .redirectErrorStream(true).start();
    assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.exitValue()).as(output).isZero();
    return new ObjectMapper().readTree(output);
  }
}
