package dev.gazette.render;

import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static dev.gazette.render.Listed.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import dev.gazette.site.Site;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What surrounds every page: header, topic menu, search box, skip link, footer, icons. */
class SiteChromeTest {

  private static final Site WITH_MENU = Site.from(Map.of("SITE_URL", "https://news.example.org",
      "SITE_MENU", "Économie, Société , Environnement"));
  private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");

  private static Article article(String title, String... topics) {
    return new Article("id-" + Slug.fromTitle(title).value(), Slug.fromTitle(title), java.util.Set.of(), title,
        null, "Texte.", "C.M.", "Lyon", java.util.Arrays.stream(topics).map(Topic::named).toList(),
        Status.PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED, 1, "fr", null, null);
  }

  private static Document articlePage(Site site, Article article, List<ArticleSummary> related) {
    return html(SiteRenderers.of(site).articles().render(article, ArticlePictures.NONE, related).get(0));
  }

  private static List<Document> everyKindOfPage(Site site) {
    SiteRenderers renderers = SiteRenderers.of(site);
    return List.of(articlePage(site, article("Le port s’agrandit", "Économie"), List.of()),
        html(file(renderers.lists().home(List.of(), List.of()), "index.html")),
        html(file(renderers.lists().topicFront(Topic.named("Économie"), List.of(), List.of()), "topics/economie/index.html")),
        html(file(renderers.statics().all(), "404.html")),
        html(file(renderers.statics().all(), "a-propos/index.html")));
  }

  @Test
  void everyPageCarriesTheConfiguredTopicMenuInItsOrder() {
    for (Document page : everyKindOfPage(WITH_MENU)) {
      Element menu = page.selectFirst("header nav.menu details");
      assertThat(menu).as(page.title()).isNotNull();
      assertThat(menu.selectFirst("summary").text()).isEqualTo("Rubriques");
      assertThat(menu.select("a").eachText()).containsExactly("Économie", "Société", "Environnement");
      assertThat(menu.select("a").eachAttr("href"))
          .containsExactly("/topics/economie/", "/topics/societe/", "/topics/environnement/");
    }
  }

  @Test
  void withoutAConfiguredMenuPagesHaveNone() {
    for (Document page : everyKindOfPage(Listed.SITE)) {
      assertThat(page.select("nav.menu")).as(page.title()).isEmpty();
      assertThat(page.selectFirst("header a.name").attr("href")).isEqualTo("/");
    }
  }

  @Test
  void everyPageHasASearchBoxASkipLinkToItsMainContentAndAFooter() {
    for (Document page : everyKindOfPage(WITH_MENU)) {
      Element form = page.selectFirst("header form[role=search]");
      assertThat(form.attr("action")).isEqualTo("/recherche/");
      assertThat(form.attr("method")).isEqualTo("get");
      Element input = form.selectFirst("input[name=q]");
      assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).isEqualTo("Rechercher sur le site");
      Element skip = page.selectFirst("body > a.skip");
      assertThat(page.body().child(0)).isEqualTo(skip);
      assertThat(page.getElementById(skip.attr("href").substring(1)).tagName()).isEqualTo("main");
      assertThat(page.select("footer a").eachAttr("href"))
          .containsExactly("/#archives", "/feed.xml", "/sitemap.xml", "/a-propos/");
      assertThat(page.select("head link[rel=icon]").eachAttr("href")).containsExactly("/favicon.svg", "/favicon-32.png");
      assertThat(page.selectFirst("head link[rel=apple-touch-icon]").attr("href")).isEqualTo("/apple-touch-icon.png");
      assertThat(page.selectFirst("head link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
    }
  }

  @Test
  void anArticlePageShowsABreadcrumbToItsFirstTopic() {
    Document page = articlePage(WITH_MENU, article("La criée rouvre", "Société", "Économie"), List.of());
    Element crumbs = page.selectFirst("nav.crumbs[aria-label=Fil d’Ariane] ol[itemtype=https://schema.org/BreadcrumbList]");

    assertThat(crumbs.select("a").eachText()).containsExactly("Accueil", "Société");
    assertThat(crumbs.select("a").eachAttr("href")).containsExactly("/", "/topics/societe/");
    assertThat(crumbs.select("meta[itemprop=position]").eachAttr("content")).containsExactly("1", "2");
  }

  @Test
  void theMenuDependsOnTheSettingOnlyNotOnTheTopicsArticles() {
    SiteRenderers renderers = SiteRenderers.of(WITH_MENU);
    ArticleSummary one = Listed.article("Un", "2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z", "Sport");
    String small = html(file(renderers.lists().home(List.of(one), List.of()), "index.html")).selectFirst("header").outerHtml();
    String large = html(file(renderers.lists().home(List.of(one, one), List.of(month("2026-11", 2,
        "2026-11-20T09:00:00Z"))), "index.html")).selectFirst("header").outerHtml();

    assertThat(large).isEqualTo(small);
  }

  @Test
  void aMenuOfTooManyTopicsIsRefusedAtStartUp() {
    String thirteen = IntStream.range(0, 13).mapToObj(i -> "Sujet " + i).collect(Collectors.joining(","));
    assertThatThrownBy(() -> Site.from(Map.of("SITE_URL", "https://news.example.org", "SITE_MENU", thirteen)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SITE_MENU");
  }

  @Test
  void theIconsAreDrawnAtTheirSizesAndServedWithTheirTypesForADay() throws Exception {
    List<RenderedFile> files = SiteRenderers.of(WITH_MENU).statics().all();
    Map<String, Integer> sizes = Map.of("favicon-32.png", 32, "apple-touch-icon.png", 180, "icon-192.png", 192,
        "icon-512.png", 512);
    for (Map.Entry<String, Integer> png : sizes.entrySet()) {
      RenderedFile file = file(files, png.getKey());
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
      assertThat(image.getWidth()).as(png.getKey()).isEqualTo(png.getValue());
      assertThat(image.getHeight()).isEqualTo(png.getValue());
      assertThat(file.contentType()).isEqualTo("image/png");
      assertThat(file.cacheControl()).isEqualTo("public, max-age=86400, s-maxage=86400");
      // The theme colour in a corner's inside, the white letter crossing the middle row.
      int inside = png.getValue() / 8;
      assertThat(image.getRGB(inside, png.getValue() / 2) & 0xffffff).isEqualTo(0x0b57a4);
    }
    assertThat(file(files, "favicon.svg").contentType()).isEqualTo("image/svg+xml");
    assertThat(Listed.text(file(files, "favicon.svg"))).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    RenderedFile ico = file(files, "favicon.ico");
    assertThat(ico.contentType()).isEqualTo("image/x-icon");
    assertThat(java.util.Arrays.copyOfRange(ico.bytes(), 22, ico.bytes().length)).isEqualTo(file(files, "favicon-32.png").bytes());
  }

  @Test
  void theManifestNamesTheSiteItsIconsAndItsThemeColour() throws Exception {
    RenderedFile file = file(SiteRenderers.of(WITH_MENU).statics().all(), "manifest.webmanifest");
    JsonNode manifest = new ObjectMapper().readTree(file.bytes());

    assertThat(file.contentType()).isEqualTo("application/manifest+json");
    assertThat(manifest.path("name").asText()).isEqualTo("Gazette");
    assertThat(manifest.path("start_url").asText()).isEqualTo("/");
    assertThat(manifest.path("theme_color").asText()).isEqualTo("#0b57a4");
    assertThat(manifest.path("icons").findValuesAsText("sizes")).containsExactly("192x192", "512x512", "any");
    assertThat(manifest.path("icons").findValuesAsText("src")).containsExactly("/icon-192.png", "/icon-512.png", "/favicon.svg");
  }

  @Test
  void theAboutPageSaysWhatTheSettingSays() {
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org", "SITE_ABOUT", "Un journal d’essai."));
    Document about = html(file(SiteRenderers.of(site).statics().all(), "a-propos/index.html"));

    assertThat(about.selectFirst("main h1").text()).isEqualTo("À propos");
    assertThat(about.selectFirst("main p").text()).isEqualTo("Un journal d’essai.");
    assertThat(about.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/a-propos/");
  }

  @Test
  void picksLeaveOutTheArticlesAllerPlusLoinShows() {
    ArticleSummary related = Listed.article("La criée rouvre", "2026-11-18T09:00:00Z", "2026-11-18T09:00:00Z", "Économie");
    Document page = articlePage(WITH_MENU, article("Le port s’agrandit", "Économie"), List.of(related));

    assertThat(page.selectFirst("#recommended").attr("data-exclude")).isEqualTo("le-port-s-agrandit la-criee-rouvre");
  }
}
