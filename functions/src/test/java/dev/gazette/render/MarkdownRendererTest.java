package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.site.Site;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private static final Site SITE = Site.from(Map.of(
      "SITE_URL", "https://news.example.org", "IMAGE_HOSTS", "img.example, photos.example.net"));

  private final MarkdownRenderer markdown = new MarkdownRenderer(SITE);

  private String html(String body) {
    return markdown.toHtml(body).toString();
  }

  @Test
  void scriptTagTypedInTheBodyNeverBecomesAScriptElement() {
    String html = html("Avant\n\n<script>alert(1)</script>\n\nAprès <script>alert(2)</script>");

    assertThat(html).doesNotContainIgnoringCase("<script");
    assertThat(Jsoup.parseBodyFragment(html).select("script")).isEmpty();
    assertThat(html).contains("Avant").contains("Après");
  }

  @Test
  void eventHandlerAttributesNeverComeOut() {
    String html = html("<img src=x onerror=alert(1)>\n\nTexte <b onmouseover=\"alert(2)\">gras</b>\n\n"
        + "![photo](https://img.example/a.jpg \"titre\")");

    assertThat(html).doesNotContainIgnoringCase("onerror=").doesNotContainIgnoringCase("onmouseover=");
    Document doc = Jsoup.parseBodyFragment(html);
    for (Element element : doc.getAllElements()) {
      assertThat(element.attributes().asList())
          .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on"));
    }
    assertThat(doc.select("img")).hasSize(1);
    assertThat(doc.selectFirst("img").attr("src")).isEqualTo("https://img.example/a.jpg");
  }

  @Test
  void javascriptLinksLoseTheirTarget() {
    String html = html("[clic](javascript:alert(1)) et [clic2](JaVaScRiPt:alert(2)) "
        + "et <a href=\"javascript:alert(3)\">brut</a>");

    // The raw <a> is shown to readers as text; what matters is that no attribute carries it.
    assertThat(html).doesNotContainIgnoringCase("href=\"javascript");
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("a[href]")).isEmpty();
    assertThat(doc.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
        .noneMatch(attribute -> attribute.getValue().toLowerCase().contains("javascript:")));
    assertThat(doc.text()).contains("clic").contains("clic2");
  }

  @Test
  void iframesNeverComeOut() {
    String html = html("<iframe src=\"https://evil.example\"></iframe>\n\nTexte");

    assertThat(html).doesNotContainIgnoringCase("<iframe");
    assertThat(Jsoup.parseBodyFragment(html).select("iframe")).isEmpty();
  }

  @Test
  void imagesFromOtherSchemesAreDropped() {
    Document doc = Jsoup.parseBodyFragment(
        html("![a](data:image/svg+xml;base64,PHN2Zz4=) ![b](ftp://files.example/b.png)"));

    assertThat(doc.select("img[src]")).isEmpty();
  }

  @Test
  void imagesOverHttpsFromAnAllowedHostAreShown() {
    Element image = Jsoup.parseBodyFragment(
        html("![Le port](https://photos.example.net/tanger.jpg \"Tanger Med\")")).selectFirst("img");

    assertThat(image.attr("src")).isEqualTo("https://photos.example.net/tanger.jpg");
    assertThat(image.attr("alt")).isEqualTo("Le port");
  }

  @Test
  void imagesFromAHostThatIsNotAllowedBecomeTheirAltText() {
    Document doc = Jsoup.parseBodyFragment(
        html("Avant ![Le *port* de Tanger](https://tracker.example/pixel.gif) après"));

    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.text()).isEqualTo("Avant Le port de Tanger après");
    assertThat(doc.html()).doesNotContain("tracker.example");
  }

  @Test
  void anAllowedHostOverPlainHttpIsRefused() {
    assertThat(Jsoup.parseBodyFragment(html("![a](http://img.example/a.jpg)")).select("img"))
        .isEmpty();
  }

  @Test
  void hostsThatOnlyLookLikeAnAllowedOneAreRefused() {
    Document doc = Jsoup.parseBodyFragment(html("""
        ![a](https://img.example.evil.example/a.jpg)
        ![b](https://img.example@evil.example/b.jpg)
        ![c](https://evil.example/img.example/c.jpg)
        ![d](https://evil.example/?https://img.example/d.jpg)
        ![e](https://img.example:8443/e.jpg)
        """));

    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.text()).isEqualTo("a b c d e");
  }

  @Test
  void imagesGivenAsAPathOnTheSiteOrAtItsOwnAddressAreShown() {
    Document doc = Jsoup.parseBodyFragment(html(
        "![carte](/media/carte-2026.png) ![logo](https://news.example.org/assets/logo.png)"));

    assertThat(doc.select("img").eachAttr("src"))
        .containsExactly("/media/carte-2026.png", "https://news.example.org/assets/logo.png");
  }

  @Test
  void protocolRelativeBackslashedAndRelativeAddressesAreNotPathsOnTheSite() {
    Document doc = Jsoup.parseBodyFragment(html(
        "![a](//evil.example/a.png) ![b](/\\evil.example/b.png) ![c](media/c.png) "
            + "![d](<https://img.example/d\t.png>)"));

    assertThat(doc.select("img")).isEmpty();
  }

  @Test
  void anImageHiddenInAnotherImagesAltTextIsJudgedToo() {
    Document doc = Jsoup.parseBodyFragment(
        html("![![dedans](https://evil.example/in.png)](https://img.example/out.png)"));

    assertThat(doc.select("img").eachAttr("src")).containsExactly("https://img.example/out.png");
    assertThat(doc.html()).doesNotContain("evil.example");
  }

  @Test
  void aRendererThatKnowsNoSiteShowsOnlyImagesGivenAsAPath() {
    Document doc = Jsoup.parseBodyFragment(new MarkdownRenderer()
        .toHtml("![a](https://img.example/a.jpg) ![b](/media/b.jpg)").toString());

    assertThat(doc.select("img").eachAttr("src")).containsExactly("/media/b.jpg");
  }

  @Test
  void aRendererThatKnowsNoSiteShowsLibraryPicturesAsTheirAltText() {
    Document doc = Jsoup.parseBodyFragment(new MarkdownRenderer()
        .toHtml("![Le port](media:m1harbour)", Map.of("m1harbour", SamplePictures.harbour())).toString());

    assertThat(doc.select("figure, img")).isEmpty();
    assertThat(doc.text()).isEqualTo("Le port");
  }

  @Test
  void aBodyWithoutLibraryPicturesRendersTheSameWhicheverWayItIsAskedFor() {
    String body = "## Titre\n\nUn *mot*, ![a](https://img.example/a.jpg) et [lien](https://ok.example).\n\n- un\n- deux";

    assertThat(markdown.toHtml(body, Map.of("m1harbour", SamplePictures.harbour())))
        .isEqualTo(markdown.toHtml(body));
  }

  @Test
  void linksOpenWithoutGivingTheTargetPageAccessToOurs() {
    Element link = Jsoup.parseBodyFragment(html("Voir [le rapport](https://rapport.example/2019)."))
        .selectFirst("a");

    assertThat(link.attr("href")).isEqualTo("https://rapport.example/2019");
    assertThat(link.attr("rel").split(" ")).contains("noopener", "noreferrer");
  }

  @Test
  void aLinksRelsComeInOneOrderSoEveryContainerWritesTheSameBytes() {
    // The sanitizer's own rel option ordered them by a per-JVM hash seed: half the runs differed.
    assertThat(html("[Un](https://un.example \"titre\") et [deux](https://deux.example)."))
        .isEqualTo("<p><a href=\"https://un.example\" title=\"titre\" rel=\"noopener noreferrer\">Un</a>"
            + " et <a href=\"https://deux.example\" rel=\"noopener noreferrer\">deux</a>.</p>\n");
    assertThat(html("[sans adresse]() et [script](javascript:alert(1))"))
        .isEqualTo("<p>sans adresse et script</p>\n");
  }

  @Test
  void mailtoLinksAreKept() {
    Element link = Jsoup.parseBodyFragment(html("[Écrire](mailto:redaction@example.org)"))
        .selectFirst("a");

    assertThat(link.attr("href")).isEqualTo("mailto:redaction@example.org");
  }

  @Test
  void headingsListsEmphasisQuotesAndCodeSurvive() {
    Document doc = Jsoup.parseBodyFragment(html("""
        ## Contexte

        Un *premier* point et un **second**.

        - un
        - deux

        1. premier
        2. second

        > Une citation.

        `code` en ligne

        ```
        bloc de code
        ```

        ---
        """));

    assertThat(doc.selectFirst("h2").text()).isEqualTo("Contexte");
    assertThat(doc.selectFirst("em").text()).isEqualTo("premier");
    assertThat(doc.selectFirst("strong").text()).isEqualTo("second");
    assertThat(doc.select("ul > li")).hasSize(2);
    assertThat(doc.select("ol > li")).hasSize(2);
    assertThat(doc.selectFirst("blockquote").text()).isEqualTo("Une citation.");
    assertThat(doc.selectFirst("p > code").text()).isEqualTo("code");
    assertThat(doc.selectFirst("pre > code").text()).isEqualTo("bloc de code");
    assertThat(doc.select("hr")).hasSize(1);
  }

  @Test
  void aTopLevelHeadingInTheBodyBecomesH2BecauseTheHeadlineIsTheOnlyH1() {
    Document doc = Jsoup.parseBodyFragment(html("# Grand titre\n\n###### Tout petit"));

    assertThat(doc.select("h1")).isEmpty();
    assertThat(doc.selectFirst("h2").text()).isEqualTo("Grand titre");
    assertThat(doc.selectFirst("h4").text()).isEqualTo("Tout petit");
  }

  @Test
  void excerptIsPlainTextCutAtAWordWithAnEllipsis() {
    String excerpt = markdown.excerpt(
        "## Titre\n\nLe conseil **municipal** a voté le budget <b>annuel</b> hier soir.", 40);

    assertThat(excerpt).isEqualTo("Titre Le conseil municipal a voté le…");
    assertThat(excerpt.length()).isLessThanOrEqualTo(40);
  }

  @Test
  void excerptReadsLinksAndListsAsWordsWithoutTargetsOrBullets() {
    assertThat(markdown.excerpt("Voir [le rapport](https://rapport.example).\n\n- un\n- deux", 160))
        .isEqualTo("Voir le rapport. un deux");
  }

  @Test
  void shortBodyIsItsOwnExcerptWithoutEllipsis() {
    assertThat(markdown.excerpt("Une *brève*.", 160)).isEqualTo("Une brève.");
  }

  @Test
  void oneLongWordIsCutInsideRatherThanDropped() {
    assertThat(markdown.excerpt("Anticonstitutionnellement", 10)).isEqualTo("Anticonst…");
  }
}
