package dev.gazette.render;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleRendererTest {

  private static final Instant PUBLISHED = Instant.parse("2019-10-19T21:30:00Z");
  private static final Instant UPDATED = Instant.parse("2019-10-20T08:05:00Z");

  private final ArticleRenderer renderer = SiteRenderers.of(Site.from(Map.of(
      "SITE_NAME", "Gazette", "SITE_URL", "https://news.example.org"))).articles();

  private static Article article(String title, String summary, String body) {
    return new Article("01HZX3K8T9", Slug.fromTitle(title), Set.of(), title, summary, body, "C.M.", "Lyon",
        List.of(Topic.named("Diplomatie"), Topic.named("OTAN")), Status.PUBLISHED, PUBLISHED,
        PUBLISHED, UPDATED, 3, "fr", null, null);
  }

  private static Article library() {
    return article("La mairie ouvre une nouvelle bibliothèque", null,
        "La ville a inauguré samedi une **bibliothèque** de quartier, ouverte sept jours sur sept "
            + "et pensée pour les familles comme pour les étudiants qui cherchent un lieu calme "
            + "pour travailler le soir après les cours.\n\n## Horaires\n\nDe 9h à 21h.");
  }

  private RenderedFile file(List<RenderedFile> files, String key) {
    return files.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow(
        () -> new AssertionError("no " + key + " among " + files.stream().map(RenderedFile::key).toList()));
  }

  private Document page(Article article) {
    return page(article, List.of());
  }

  private Document page(Article article, List<ArticleSummary> related) {
    RenderedFile html = file(renderer.render(article, ArticlePictures.NONE, related),
        "articles/" + article.slug().value() + "/index.html");
    return Jsoup.parse(new String(html.bytes(), StandardCharsets.UTF_8));
  }

  private static List<ArticleSummary> related() {
    return List.of(
        Listed.article("Une délégation reçue à Bruxelles", "2019-10-01T08:00:00Z",
            "2019-10-01T08:00:00Z", "Diplomatie"),
        Listed.article("Le partenariat renouvelé", "2019-06-18T08:00:00Z",
            "2019-06-18T08:00:00Z", "OTAN"));
  }

  @Test
  void articleIsPublishedAsAnHtmlPageAndAJsonDocument() {
    List<RenderedFile> files = renderer.render(library(), ArticlePictures.NONE, related());

    assertThat(files).extracting(RenderedFile::key).containsExactly(
        "articles/la-mairie-ouvre-une-nouvelle-bibliotheque/index.html",
        "articles/la-mairie-ouvre-une-nouvelle-bibliotheque.json");
    assertThat(files.get(0).contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(files.get(1).contentType()).isEqualTo("application/json; charset=utf-8");
    // Invalidated when they change: the CDN keeps them a day, browsers a minute.
    assertThat(files).allSatisfy(f -> assertThat(f.cacheControl()).contains("s-maxage=86400").contains("max-age=60,"));
  }

  @Test
  void pageShowsHeadlineDatelineBylineBodyAndTopics() {
    Document doc = page(library());

    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.selectFirst("h1").text()).isEqualTo("La mairie ouvre une nouvelle bibliothèque");
    assertThat(doc.selectFirst("time").attr("datetime")).isEqualTo("2019-10-19T23:30:00+02:00");
    assertThat(doc.selectFirst("time").text()).isEqualTo("19 octobre 2019 - 23h30");
    assertThat(doc.selectFirst(".dateline").text())
        .isEqualTo("19 octobre 2019 - 23h30 - Lyon - Écrit par : C.M.");
    assertThat(doc.selectFirst("article h2").text()).isEqualTo("Horaires");
    assertThat(doc.selectFirst("article strong").text()).isEqualTo("bibliothèque");
    assertThat(doc.selectFirst(".topics").text()).isEqualTo("Sujets associés : Diplomatie - OTAN");
  }

  @Test
  void topicsLinkToTheirTopicPages() {
    assertThat(page(library()).select(".topics a").eachAttr("href"))
        .containsExactly("/topics/diplomatie/", "/topics/otan/");
  }

  @Test
  void siteNameInTheHeaderLinksToTheHomePage() {
    Element home = page(library()).selectFirst("header a");

    assertThat(home.attr("href")).isEqualTo("/");
    assertThat(home.text()).isEqualTo("Gazette");
  }

  @Test
  void relatedArticlesAreListedWithATitleLinkAndTheirExcerpt() {
    Element section = page(library(), related()).selectFirst("section.related");

    assertThat(section.selectFirst("h2").text()).isEqualTo("Aller plus loin");
    assertThat(section.select("article a").eachAttr("href")).containsExactly(
        "/articles/une-delegation-recue-a-bruxelles/", "/articles/le-partenariat-renouvele/");
    assertThat(section.select("article a").eachText())
        .containsExactly("Une délégation reçue à Bruxelles", "Le partenariat renouvelé");
    assertThat(section.select("article p").eachText()).containsExactly(
        "Extrait de Une délégation reçue à Bruxelles.", "Extrait de Le partenariat renouvelé.");
  }

  @Test
  void relatedSectionIsLeftOutWhenThereIsNothingRelated() {
    Document doc = page(library(), List.of());

    assertThat(doc.select("section.related")).isEmpty();
    assertThat(doc.text()).doesNotContain("Aller plus loin");
  }

  @Test
  void recommendedSectionLinksTheLatestArticlesUntilItsScriptLoadsThePicks() {
    Document doc = page(library());
    Element section = doc.selectFirst("section#recommended");

    assertThat(section.selectFirst("h2").text())
        .isEqualTo("Ces articles devraient vous intéresser");
    assertThat(section.selectFirst(".fallback a").attr("href")).isEqualTo("/");
    assertThat(section.selectFirst(".fallback a").text()).isEqualTo("Les derniers articles");
    assertThat(section.attr("data-source")).isEqualTo("/recommended.json");
    assertThat(section.attr("data-exclude")).isEqualTo("la-mairie-ouvre-une-nouvelle-bibliotheque");
    Element script = doc.selectFirst("script[src]");
    assertThat(script.attr("src")).matches("/assets/recommended\\.[0-9a-f]{8}\\.js");
    assertThat(script.hasAttr("defer")).isTrue();
  }

  @Test
  void pageHasNoInlineScriptSoAContentSecurityPolicyOfSelfHolds() {
    Document doc = page(library(), related());

    // JSON-LD is data, not script: browsers never run it, and CSP script-src does not apply.
    assertThat(doc.select("script")).allSatisfy(script -> {
      if (!script.attr("type").equals("application/ld+json")) {
        assertThat(script.attr("src")).startsWith("/assets/");
        assertThat(script.data()).isEmpty();
      }
    });
    assertThat(doc.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
        .noneMatch(attribute -> attribute.getKey().startsWith("on")));
  }

  @Test
  void markupInARelatedTitleIsShownAsText() {
    ArticleSummary hostile = Listed.article("Vu <script>alert(1)</script> & lu",
        "2019-10-01T08:00:00Z", "2019-10-01T08:00:00Z", "OTAN");
    Document doc = page(library(), List.of(hostile));

    assertThat(doc.selectFirst("section.related a").text())
        .isEqualTo("Vu <script>alert(1)</script> & lu");
    assertThat(doc.select("script:not([src])")).hasSize(1);
  }

  @Test
  void redirectPageAtTheOldSlugSendsReadersToTheNewUrl() {
    RenderedFile redirect = renderer.redirect(new Slug("ancien-titre"), new Slug("nouveau-titre"));
    Document doc = Jsoup.parse(new String(redirect.bytes(), StandardCharsets.UTF_8));
    String target = "https://news.example.org/articles/nouveau-titre/";

    assertThat(redirect.key()).isEqualTo("articles/ancien-titre/index.html");
    assertThat(redirect.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(doc.selectFirst("meta[http-equiv=refresh]").attr("content"))
        .isEqualTo("0; url=" + target);
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(target);
    assertThat(doc.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(doc.selectFirst("body a").attr("href")).isEqualTo(target);
    assertThat(doc.selectFirst("body a").text()).isEqualTo("Lire l’article à sa nouvelle adresse");
  }

  @Test
  void headDeclaresLanguageCanonicalUrlDescriptionAndOpenGraph() {
    Document doc = page(library());

    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://news.example.org/articles/la-mairie-ouvre-une-nouvelle-bibliotheque/");
    String description = doc.selectFirst("meta[name=description]").attr("content");
    assertThat(description).startsWith("La ville a inauguré samedi une bibliothèque de quartier")
        .endsWith("…").hasSizeLessThanOrEqualTo(160);
    assertThat(doc.selectFirst("meta[property=og:title]").attr("content"))
        .isEqualTo("La mairie ouvre une nouvelle bibliothèque");
    assertThat(doc.selectFirst("meta[property=og:url]").attr("content"))
        .isEqualTo("https://news.example.org/articles/la-mairie-ouvre-une-nouvelle-bibliotheque/");
    assertThat(doc.selectFirst("title").text())
        .isEqualTo("La mairie ouvre une nouvelle bibliothèque - Gazette");
    assertThat(doc.select("script:not([type=application/ld+json]):not([src])")).isEmpty();
  }

  @Test
  void summaryIsTheMetaDescriptionWhenThereIsOne() {
    Document doc = page(article("Budget voté", "Le conseil adopte le budget 2020.", "Corps."));

    assertThat(doc.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Le conseil adopte le budget 2020.");
  }

  @Test
  void jsonLdDescribesTheNewsArticle() throws Exception {
    JsonNode ld = new ObjectMapper().readTree(
        page(library()).selectFirst("script[type=application/ld+json]").data());

    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("headline").asText()).isEqualTo("La mairie ouvre une nouvelle bibliothèque");
    assertThat(ld.path("datePublished").asText()).isEqualTo("2019-10-19T23:30:00+02:00");
    assertThat(ld.path("dateModified").asText()).isEqualTo("2019-10-20T10:05:00+02:00");
    assertThat(ld.path("author").path("name").asText()).isEqualTo("C.M.");
    assertThat(ld.path("description").asText()).startsWith("La ville a inauguré");
    assertThat(ld.path("mainEntityOfPage").asText())
        .isEqualTo("https://news.example.org/articles/la-mairie-ouvre-une-nouvelle-bibliotheque/");
  }

  @Test
  void markupInTheTitleIsShownAsTextEverywhereAndNeverRuns() throws Exception {
    String title = "Alerte <script>alert(1)</script> et \"</script><script>alert(2)</script>";
    Article hostile = article(title, "Résumé <img src=x onerror=alert(3)>", "Corps.");
    String html = new String(file(renderer.render(hostile, ArticlePictures.NONE, List.of()),
        "articles/" + hostile.slug().value() + "/index.html").bytes(), StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);

    assertThat(doc.select("script:not([src])")).hasSize(1);
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.selectFirst("h1").text()).isEqualTo(title);
    assertThat(doc.selectFirst("title").text()).isEqualTo(title + " - Gazette");
    assertThat(doc.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(title);
    assertThat(doc.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Résumé <img src=x onerror=alert(3)>");
    String jsonLd = doc.selectFirst("script[type=application/ld+json]").data();
    assertThat(jsonLd).doesNotContain("<").contains("\\u003C/script");
    assertThat(new ObjectMapper().readTree(jsonLd).path("headline").asText()).isEqualTo(title);
    assertThat(html).doesNotContain("<script>alert");
  }

  @Test
  void sameArticleGivesIdenticalBytes() {
    List<RenderedFile> first = renderer.render(library(), ArticlePictures.NONE, related());
    List<RenderedFile> second = SiteRenderers.of(Site.from(Map.of(
        "SITE_NAME", "Gazette", "SITE_URL", "https://news.example.org"))).articles()
        .render(library(), ArticlePictures.NONE, related());

    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).bytes()).isEqualTo(first.get(i).bytes());
    }
  }

  @Test
  void jsonDocumentCarriesTheArticleFields() throws Exception {
    RenderedFile json = file(renderer.render(library(), ArticlePictures.NONE, related()),
        "articles/la-mairie-ouvre-une-nouvelle-bibliotheque.json");
    JsonNode doc = new ObjectMapper().readTree(json.bytes());

    assertThat(doc.path("id").asText()).isEqualTo("01HZX3K8T9");
    assertThat(doc.path("slug").asText()).isEqualTo("la-mairie-ouvre-une-nouvelle-bibliotheque");
    assertThat(doc.path("url").asText())
        .isEqualTo("https://news.example.org/articles/la-mairie-ouvre-une-nouvelle-bibliotheque/");
    assertThat(doc.path("title").asText()).isEqualTo("La mairie ouvre une nouvelle bibliothèque");
    assertThat(doc.path("summary").isNull()).isTrue();
    assertThat(doc.path("bodyHtml").asText()).contains("<strong>bibliothèque</strong>");
    assertThat(doc.path("author").asText()).isEqualTo("C.M.");
    assertThat(doc.path("location").asText()).isEqualTo("Lyon");
    assertThat(doc.path("topics").get(1).path("name").asText()).isEqualTo("OTAN");
    assertThat(doc.path("topics").get(1).path("slug").asText()).isEqualTo("otan");
    assertThat(doc.path("topics").get(1).path("url").asText())
        .isEqualTo("https://news.example.org/topics/otan/");
    assertThat(doc.path("related")).hasSize(2);
    JsonNode related = doc.path("related").get(0);
    assertThat(related.path("title").asText()).isEqualTo("Une délégation reçue à Bruxelles");
    assertThat(related.path("slug").asText()).isEqualTo("une-delegation-recue-a-bruxelles");
    assertThat(related.path("url").asText())
        .isEqualTo("https://news.example.org/articles/une-delegation-recue-a-bruxelles/");
    assertThat(related.path("excerpt").asText())
        .isEqualTo("Extrait de Une délégation reçue à Bruxelles.");
    assertThat(doc.path("publishedAt").asText()).isEqualTo("2019-10-19T23:30:00+02:00");
    assertThat(doc.path("updatedAt").asText()).isEqualTo("2019-10-20T10:05:00+02:00");
    assertThat(doc.path("language").asText()).isEqualTo("fr");
  }

  @Test
  void draftIsNeverRendered() {
    Article published = library();
    Article draft = new Article(published.id(), published.slug(), Set.of(), published.title(), null,
        published.body(), "C.M.", "Lyon", published.topics(), Status.DRAFT, null, PUBLISHED,
        UPDATED, 1, "fr", null, null);

    assertThatThrownBy(() -> renderer.render(draft, ArticlePictures.NONE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingLocationAndAuthorLeaveACleanDateline() {
    Article bare = new Article("01HZX3K8TA", new Slug("breve"), Set.of(), "Brève", null, "Texte.", null, " ",
        List.of(), Status.PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED, 1, "fr", null, null);
    Document doc = page(bare);

    assertThat(doc.selectFirst(".dateline").text()).isEqualTo("19 octobre 2019 - 23h30");
    assertThat(doc.select(".topics")).isEmpty();
  }
}
