package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static dev.gazette.render.Listed.month;
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
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What a page tells crawlers and link previews about its pictures: og:image and its size, the
 * Twitter card, the structured data's images, and the robots permission for large previews.
 */
class SharedPicturesTest {

  private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
  private static final Site WITH_DEFAULT_IMAGE = Site.from(Map.of("SITE_URL", "https://news.example.org",
      "SITE_IMAGE", "https://news.example.org/assets/partage.jpg"));

  private final SitePaths paths = new SitePaths(SITE);
  private final Picture harbour = SamplePictures.harbour();

  private static Article article() {
    return new Article("id-1", new Slug("le-port-s-agrandit"), Set.of(), "Le port s’agrandit", null,
        "Texte.", "C.M.", "Tanger", List.of(Topic.named("Économie")), Status.PUBLISHED, PUBLISHED,
        PUBLISHED, PUBLISHED, 1, "fr", null, null);
  }

  private static Document page(Site site, ArticlePictures pictures) {
    return html(SiteRenderers.of(site).articles().render(article(), pictures, List.of()).get(0));
  }

  private static String meta(Document doc, String property) {
    return doc.select("meta[property=" + property + "]").attr("content");
  }

  private String url(Picture picture, String crop, int width) {
    return paths.renditionUrl(picture.imageHash(), crop, width, "jpg").toString();
  }

  @Test
  void theSharedImageIsTheNarrowest16x9JpegOfAtLeast1200PixelsWithItsSizeAndAltText() {
    Document doc = page(SITE, new ArticlePictures(harbour, Map.of()));

    assertThat(doc.select("meta[property=og:image]")).hasSize(1);
    assertThat(meta(doc, "og:image")).isEqualTo(url(harbour, "16x9", 1280));
    assertThat(meta(doc, "og:image:width")).isEqualTo("1280");
    assertThat(meta(doc, "og:image:height")).isEqualTo("720");
    assertThat(meta(doc, "og:image:alt")).isEqualTo("Le port au lever du jour");
    assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
  }

  @Test
  void aPictureNarrowerThan1200PixelsIsSharedAtItsWidestWithoutClaimingALargePreview() {
    Picture scan = SamplePictures.smallScan();
    Document doc = page(SITE, new ArticlePictures(scan, Map.of()));

    assertThat(meta(doc, "og:image")).isEqualTo(url(scan, "16x9", 640));
    assertThat(meta(doc, "og:image:width")).isEqualTo("640");
    assertThat(meta(doc, "og:image:height")).isEqualTo("360");
    assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
  }

  @Test
  void structuredDataOffersThe16x9And4x3And1x1RatiosAtAtLeast1200Pixels() throws Exception {
    JsonNode ld = new ObjectMapper().readTree(page(SITE, new ArticlePictures(harbour, Map.of()))
        .selectFirst("script[type=application/ld+json]").data());
    JsonNode images = ld.path("image");

    assertThat(images).hasSize(3);
    assertThat(images.findValuesAsText("url")).containsExactly(
        url(harbour, "16x9", 1280), url(harbour, "4x3", 1280), url(harbour, "1x1", 1280));
    assertThat(images.findValuesAsText("@type")).containsOnly("ImageObject");
    List<Double> ratios = new ArrayList<>();
    images.forEach(image -> {
      assertThat(image.path("width").asInt()).isGreaterThanOrEqualTo(1200);
      ratios.add(image.path("width").asDouble() / image.path("height").asDouble());
    });
    assertThat(ratios).containsExactly(16.0 / 9, 4.0 / 3, 1.0);
  }

  @Test
  void anArticleWithoutPictureNamesNoImageWhenTheSiteHasNoDefault() throws Exception {
    Document doc = page(SITE, ArticlePictures.NONE);

    assertThat(doc.select("meta[property^=og:image]")).isEmpty();
    assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    assertThat(new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data())
        .has("image")).isFalse();
  }

  @Test
  void anArticleWithoutPictureSharesTheSiteImageWithoutClaimingASizeItDoesNotKnow() {
    Document doc = page(WITH_DEFAULT_IMAGE, ArticlePictures.NONE);

    assertThat(meta(doc, "og:image")).isEqualTo("https://news.example.org/assets/partage.jpg");
    assertThat(doc.select("meta[property=og:image:width], meta[property=og:image:height]")).isEmpty();
    assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
  }

  @Test
  void anArticlesOwnPictureIsSharedRatherThanTheSiteImage() {
    Document doc = page(WITH_DEFAULT_IMAGE, new ArticlePictures(harbour, Map.of()));

    assertThat(doc.select("meta[property=og:image]").eachAttr("content"))
        .containsExactly(url(harbour, "16x9", 1280));
  }

  @Test
  void listingPagesShareTheSiteImageWhenThereIsOne() {
    ListPageRenderer lists = SiteRenderers.of(WITH_DEFAULT_IMAGE).lists();
    Document home = html(file(lists.home(List.of(), List.of()), "index.html"));

    assertThat(meta(home, "og:image")).isEqualTo("https://news.example.org/assets/partage.jpg");
    assertThat(html(file(SiteRenderers.of(SITE).lists().home(List.of(), List.of()), "index.html"))
        .select("meta[property^=og:image]")).isEmpty();
  }

  @Test
  void everyPageKindLetsSearchEnginesShowLargeImagePreviews() {
    SiteRenderers renderers = SiteRenderers.of(SITE);
    ListPageRenderer lists = renderers.lists();
    Topic topic = Topic.named("Économie");
    ArticleSummary entry = Listed.withPicture(Listed.article("Le port", "2026-11-20T09:00:00Z",
        "2026-11-20T09:00:00Z", "Économie"), harbour);
    ArchiveMonth november = month("2026-11", 1, "2026-11-20T09:00:00Z");
    List<RenderedFile> pages = new ArrayList<>();
    pages.add(renderers.articles().render(article(), ArticlePictures.NONE, List.of()).get(0));
    pages.add(renderers.articles().render(article(), new ArticlePictures(harbour, Map.of()), List.of()).get(0));
    pages.add(file(lists.home(List.of(entry), List.of(november)), "index.html"));
    pages.add(file(lists.topicFront(topic, List.of(entry), List.of(november)), "topics/economie/index.html"));
    pages.add(file(lists.topicMonth(topic, november, List.of(entry)), "topics/economie/2026-11/index.html"));
    pages.add(file(lists.siteMonth(november, List.of(entry)), "archives/2026-11/index.html"));
    pages.add(file(renderers.statics().all(), "404.html"));

    assertThat(pages).allSatisfy(page -> assertThat(html(page).select("meta[name=robots]").eachAttr("content"))
        .as(page.key()).containsExactly("max-image-preview:large"));
  }
}
