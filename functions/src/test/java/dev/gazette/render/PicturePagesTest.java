package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.Picture;
import dev.gazette.article.PictureRendition;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import dev.gazette.site.SitePaths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Article pages with pictures: the lead figure and the JSON document. */
class PicturePagesTest {

  private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
  private static final String KEY = "articles/le-port-s-agrandit/index.html";

  private final ArticleRenderer renderer = SiteRenderers.of(SITE).articles();
  private final SitePaths paths = new SitePaths(SITE);
  private final Picture harbour = SamplePictures.harbour();

  private static Article article(String body) {
    return new Article("id-1", new Slug("le-port-s-agrandit"), Set.of(), "Le port s’agrandit", null,
        body, "C.M.", "Tanger", List.of(Topic.named("Économie")), Status.PUBLISHED, PUBLISHED,
        PUBLISHED, PUBLISHED, 1, "fr", null, null);
  }

  private List<RenderedFile> files(String body, ArticlePictures pictures) {
    return renderer.render(article(body), pictures, List.of());
  }

  private Document page(String body, ArticlePictures pictures) {
    return html(file(files(body, pictures), KEY));
  }

  private String url(Picture picture, String crop, int width, String format) {
    return paths.renditionUrl(picture.imageHash(), crop, width, format).toString();
  }

  /** The srcset naming every width of the crop in the format, narrowest first. */
  private String srcset(Picture picture, String crop, String format, int maxWidth) {
    List<String> candidates = new ArrayList<>();
    for (int width : SamplePictures.LADDER) {
      if (width <= maxWidth) {
        candidates.add(url(picture, crop, width, format) + " " + width + "w");
      }
    }
    return String.join(", ", candidates);
  }

  @Test
  void leadPictureIsAFigureWithAWebpSourceAndAJpegImageFetchedFirst() {
    Document doc = page("Texte.", new ArticlePictures(harbour, Map.of()));
    Element figure = doc.selectFirst("article > figure");

    assertThat(figure.child(0).normalName()).isEqualTo("picture");
    Element picture = figure.child(0);
    assertThat(picture.children()).extracting(Element::normalName).containsExactly("source", "img");
    Element source = picture.child(0);
    Element img = picture.child(1);
    assertThat(source.attr("type")).isEqualTo("image/webp");
    assertThat(source.attr("srcset")).isEqualTo(srcset(harbour, "16x9", "webp", 2048));
    assertThat(img.attr("srcset")).isEqualTo(srcset(harbour, "16x9", "jpg", 2048));
    assertThat(img.attr("src")).isEqualTo(url(harbour, "16x9", 960, "jpg"));
    assertThat(img.attr("width")).isEqualTo("960");
    assertThat(img.attr("height")).isEqualTo("540");
    assertThat(source.attr("sizes")).isEqualTo(img.attr("sizes"))
        .isEqualTo("(min-width: 44rem) 42rem, calc(100vw - 2rem)");
    assertThat(img.attr("alt")).isEqualTo("Le port au lever du jour");
    assertThat(img.attr("fetchpriority")).isEqualTo("high");
    assertThat(img.attr("decoding")).isEqualTo("async");
    assertThat(img.hasAttr("loading")).as("the lead is never lazy").isFalse();
    assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Les grues du port, à l’aube. Photo C.M.");
    assertThat(figure.selectFirst("figcaption span.credit").text()).isEqualTo("Photo C.M.");
  }

  @Test
  void theLeadPictureComesAfterTheDatelineAndBeforeTheBody() {
    Element article = page("Texte.", new ArticlePictures(harbour, Map.of())).selectFirst("main > article");

    assertThat(article.children()).extracting(Element::normalName)
        .startsWith("h1", "p", "figure", "div");
  }

  @Test
  void aPictureWithNoJpegShowsItsWebpRenditionsInTheImageAlone() {
    Picture webpOnly = new Picture("m3", "00112233445566778899aabbccddeeff", 1000, 750, "Un quai", null,
        null, List.of(new PictureRendition("16x9", 320, 180, "webp"), new PictureRendition("16x9", 640, 360, "webp")));
    Element picture = page("Texte.", new ArticlePictures(webpOnly, Map.of())).selectFirst("article > figure picture");

    assertThat(picture.children()).extracting(Element::normalName).containsExactly("img");
    assertThat(picture.child(0).attr("src")).isEqualTo(url(webpOnly, "16x9", 640, "webp"));
  }

  @Test
  void anArticleWithoutPicturesHasNoFigureAndNoImage() {
    Document doc = page("Texte.", ArticlePictures.NONE);

    assertThat(doc.select("figure, picture, img")).isEmpty();
    assertThat(doc.select("meta[property^=og:image]")).isEmpty();
  }

  @Test
  void theArticleJsonNamesItsLeadPictureAndEveryRendition() throws Exception {
    JsonNode json = new ObjectMapper().readTree(
        file(files("![](media:m1harbour)", new ArticlePictures(harbour, Map.of("m1harbour", harbour))),
            "articles/le-port-s-agrandit.json").bytes());
    JsonNode image = json.path("image");

    assertThat(image.path("url").asText()).isEqualTo(url(harbour, "16x9", 960, "jpg"));
    assertThat(image.path("width").asInt()).isEqualTo(960);
    assertThat(image.path("height").asInt()).isEqualTo(540);
    assertThat(image.path("alt").asText()).isEqualTo("Le port au lever du jour");
    assertThat(image.path("caption").asText()).isEqualTo("Les grues du port, à l’aube.");
    assertThat(image.path("credit").asText()).isEqualTo("Photo C.M.");
    assertThat(image.path("renditions")).hasSize(harbour.renditions().size());
    JsonNode first = image.path("renditions").get(0);
    assertThat(first.path("crop").asText()).isEqualTo("16x9");
    assertThat(first.path("format").asText()).isEqualTo("jpg");
    assertThat(first.path("width").asInt()).isEqualTo(320);
    assertThat(first.path("height").asInt()).isEqualTo(180);
    assertThat(first.path("url").asText()).isEqualTo(url(harbour, "16x9", 320, "jpg"));
  }

  @Test
  void theArticleJsonSaysThereIsNoImageWhenThereIsNone() throws Exception {
    JsonNode json = new ObjectMapper().readTree(
        file(files("Texte.", ArticlePictures.NONE), "articles/le-port-s-agrandit.json").bytes());

    assertThat(json.has("image")).isTrue();
    assertThat(json.path("image").isNull()).isTrue();
  }

  @Test
  void samePicturesGiveIdenticalBytesWhateverOrderTheRenditionsAreListedIn() {
    List<PictureRendition> shuffled = new ArrayList<>(harbour.renditions());
    Collections.shuffle(shuffled, new java.util.Random(7));
    Picture reordered = new Picture(harbour.mediaId(), harbour.imageHash(), harbour.width(), harbour.height(),
        harbour.alt(), harbour.caption(), harbour.credit(), shuffled);
    String body = "Avant.\n\n![Les grues](media:m1harbour \"Le terminal\")";
    List<RenderedFile> first = files(body, new ArticlePictures(harbour, Map.of("m1harbour", harbour)));
    List<RenderedFile> second = SiteRenderers.of(SITE).articles().render(article(body),
        new ArticlePictures(reordered, Map.of("m1harbour", reordered)), List.of());

    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).bytes()).as(first.get(i).key()).isEqualTo(first.get(i).bytes());
    }
  }
}
