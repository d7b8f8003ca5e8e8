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

/** Article pages with pictures: the lead figure, figures in the body, the JSON document. */
class PicturePagesTest {

  private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
  private static final String KEY = "articles/le-port-s-agrandit/index.html";

  private final ArticleRenderer renderer = SiteRenderers.of(SITE).articles();
  private final SitePaths paths = new SitePaths(SITE);
  private final Picture harbour = SamplePictures.harbour();
  private final Picture scan = SamplePictures.smallScan();

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

  private Element body(String markdown, Map<String, Picture> inBody) {
    return page(markdown, new ArticlePictures(null, inBody)).selectFirst("div.body");
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
  void everyWidthAndHeightIsTheSizeOfTheRenditionItsUrlNames() {
    Document doc = page("![](media:m1harbour)\n\n![](media:m2scan)",
        new ArticlePictures(harbour, Map.of("m1harbour", harbour, "m2scan", scan)));

    assertThat(doc.select("figure img")).hasSize(3).allSatisfy(img -> {
      PictureRendition rendition = renditionAt(img.attr("src"));
      assertThat(img.attr("width")).isEqualTo(Integer.toString(rendition.width()));
      assertThat(img.attr("height")).isEqualTo(Integer.toString(rendition.height()));
    });
  }

  private PictureRendition renditionAt(String url) {
    for (Picture picture : List.of(harbour, scan)) {
      for (PictureRendition rendition : picture.renditions()) {
        if (url(picture, rendition.crop(), rendition.width(), rendition.format()).equals(url)) {
          return rendition;
        }
      }
    }
    throw new AssertionError("no rendition at " + url);
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
  void aBodyPictureIsALazyFourByThreeFigureWithTheBodysCaption() {
    Element body = body("Avant.\n\n![Les grues](media:m1harbour \"Le terminal à conteneurs\")\n\nAprès.",
        Map.of("m1harbour", harbour));
    Element figure = body.selectFirst("figure");
    Element img = figure.selectFirst("picture > img");

    assertThat(body.children()).extracting(Element::normalName).containsExactly("p", "figure", "p");
    assertThat(figure.selectFirst("picture > source").attr("srcset"))
        .isEqualTo(srcset(harbour, "4x3", "webp", 2048));
    assertThat(img.attr("srcset")).isEqualTo(srcset(harbour, "4x3", "jpg", 2048));
    assertThat(img.attr("src")).isEqualTo(url(harbour, "4x3", 960, "jpg"));
    assertThat(img.attr("width")).isEqualTo("960");
    assertThat(img.attr("height")).isEqualTo("720");
    assertThat(img.attr("loading")).isEqualTo("lazy");
    assertThat(img.hasAttr("fetchpriority")).isFalse();
    assertThat(img.attr("alt")).as("the body's alt text wins").isEqualTo("Les grues");
    assertThat(figure.selectFirst("figcaption").text()).as("the body's caption wins")
        .isEqualTo("Le terminal à conteneurs Photo C.M.");
  }

  @Test
  void aBodyPictureWithoutItsOwnWordsTakesTheLibrarys() {
    Element figure = body("![](media:m1harbour)", Map.of("m1harbour", harbour)).selectFirst("figure");

    assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Le port au lever du jour");
    assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Les grues du port, à l’aube. Photo C.M.");
  }

  @Test
  void aPictureWithNeitherCaptionNorCreditHasNoCaptionLine() {
    Element figure = body("![Carte](media:m2scan)", Map.of("m2scan", scan)).selectFirst("figure");

    assertThat(figure.select("figcaption")).isEmpty();
    assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Carte");
  }

  @Test
  void aMediaIdThePageWasNotGivenShowsOnlyItsAltText() {
    Element body = body("Avant ![Le *quai* nord](media:inconnu \"Légende\") après.", Map.of("m1harbour", harbour));

    assertThat(body.select("figure, picture, img")).isEmpty();
    assertThat(body.text()).isEqualTo("Avant Le quai nord après.");
    assertThat(body.html()).doesNotContain("media:").doesNotContain("Légende");
  }

  @Test
  void textAroundAPictureInAParagraphGoesBeforeAndAfterItsFigure() {
    Element body = body("Le port ![Les grues](media:m1harbour) et la ville ![](media:m2scan) vus du ciel.",
        Map.of("m1harbour", harbour, "m2scan", scan));

    assertThat(body.children()).extracting(Element::normalName)
        .containsExactly("p", "figure", "p", "figure", "p");
    assertThat(body.children().eachText().subList(0, 1)).containsExactly("Le port");
    assertThat(body.child(2).text()).isEqualTo("et la ville");
    assertThat(body.child(4).text()).isEqualTo("vus du ciel.");
  }

  @Test
  void aPictureInsideAListAQuoteOrALinkShowsAsItsAltText() {
    Element body = body("- ![Dans la liste](media:m1harbour)\n\n> ![Dans la citation](media:m1harbour)\n\n"
        + "[![Dans le lien](media:m1harbour)](https://port.example/)", Map.of("m1harbour", harbour));

    assertThat(body.select("figure, picture, img")).isEmpty();
    assertThat(body.select("li").text()).isEqualTo("Dans la liste");
    assertThat(body.select("blockquote").text()).isEqualTo("Dans la citation");
    assertThat(body.select("a").text()).isEqualTo("Dans le lien");
  }

  @Test
  void hostileWordsInAltCaptionAndCreditAreShownAsTextAndNeverRun() {
    String alt = "\"><script>alert(1)</script>";
    String caption = "<img src=x onerror=alert(2)> l’aube";
    String credit = "javascript:alert(3) 'Photo'";
    Picture hostile = SamplePictures.picture("m4", "abcdefabcdefabcdefabcdefabcdef12", 2000, 1500, alt,
        caption, credit);
    String bodyAlt = "l'\"alt\" <b>gras</b>";
    List<RenderedFile> files = files("![" + bodyAlt.replace("<", "\\<") + "](media:m4 \"Un \\\"titre\\\" <i>x</i>\")",
        new ArticlePictures(hostile, Map.of("m4", hostile)));
    Document doc = html(file(files, KEY));

    assertThat(Listed.runnable(doc)).isEmpty();
    Element lead = doc.selectFirst("article > figure");
    assertThat(lead.selectFirst("img").attr("alt")).isEqualTo(alt);
    assertThat(lead.selectFirst("figcaption").text()).isEqualTo(caption + " " + credit);
    assertThat(lead.select("figcaption *")).extracting(Element::normalName).containsExactly("span");
    Element inBody = doc.selectFirst("div.body figure");
    assertThat(inBody.selectFirst("img").attr("alt")).isEqualTo(bodyAlt);
    assertThat(inBody.selectFirst("figcaption").text()).isEqualTo("Un \"titre\" <i>x</i> " + credit);
    assertThat(doc.select("meta[property=og:image:alt]").attr("content")).isEqualTo(alt);
    assertThat(Listed.text(files.get(0))).doesNotContain("<script>alert").doesNotContain("<img src=x");
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
    assertThat(json.path("bodyHtml").asText()).startsWith("<figure>\n<picture>\n<source type=\"image/webp\"");
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
