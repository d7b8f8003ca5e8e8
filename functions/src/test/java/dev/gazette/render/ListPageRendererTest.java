package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.article;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static dev.gazette.render.Listed.month;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Topic;
import dev.gazette.site.ArchiveMonth;
import dev.gazette.site.SitePaths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ListPageRendererTest {

  private static final Topic DIPLOMATIE = Topic.named("Diplomatie");

  private final ListPageRenderer renderer = SiteRenderers.of(SITE).lists();

  private final ArticleSummary visit = article("Visite d’une délégation à Bruxelles",
      "2026-11-20T09:00:00Z", "2026-11-21T10:00:00Z", "Diplomatie", "OTAN");
  private final ArticleSummary treaty = article("Un traité signé à Rabat",
      "2026-11-03T16:00:00Z", "2026-11-03T16:00:00Z", "Diplomatie");
  private final ArticleSummary summit = article("Le sommet reporté à l’automne",
      "2026-09-12T07:30:00Z", "2026-09-12T07:30:00Z", "Diplomatie", "Économie");
  private final List<ArchiveMonth> months = List.of(
      month("2026-11", 2, "2026-11-21T10:00:00Z"),
      month("2026-10", 0, "2026-10-30T10:00:00Z"),
      month("2026-09", 1, "2026-09-12T07:30:00Z"));

  private Document topicPage() {
    return html(file(renderer.topicFront(DIPLOMATIE, List.of(visit, treaty, summit), months),
        "topics/diplomatie/index.html"));
  }

  private static List<String> hrefs(Element doc, String selector) {
    return doc.select(selector).eachAttr("href");
  }

  @Test
  void topicFrontIsPublishedAsHtmlJsonAndAtomFeed() {
    List<RenderedFile> files = renderer.topicFront(DIPLOMATIE, List.of(visit), months);

    assertThat(files).extracting(RenderedFile::key).containsExactly(
        "topics/diplomatie/index.html", "topics/diplomatie.json", "topics/diplomatie/feed.xml");
    assertThat(files).extracting(RenderedFile::contentType).containsExactly(
        "text/html; charset=utf-8", "application/json; charset=utf-8",
        "application/atom+xml; charset=utf-8");
    // Never invalidated: no reader gets a copy older than a minute.
    assertThat(files).allSatisfy(f -> assertThat(f.cacheControl())
        .isEqualTo("public, max-age=30, s-maxage=30, stale-while-revalidate=30"));
  }

  @Test
  void topicKeysToDeleteAreExactlyTheFilesATopicFrontPublishes() {
    List<RenderedFile> files = renderer.topicFront(DIPLOMATIE, List.of(visit), months);

    assertThat(new SitePaths(SITE).topicKeys(DIPLOMATIE.slug()))
        .containsExactlyElementsOf(files.stream().map(RenderedFile::key).toList());
  }

  @Test
  void topicFrontLinksEveryLatestArticleWithItsDateAndExcerpt() {
    Document doc = topicPage();

    assertThat(doc.selectFirst("h1").text()).isEqualTo("Diplomatie");
    assertThat(hrefs(doc, ".teaser h2 a")).containsExactly(
        "/articles/visite-d-une-delegation-a-bruxelles/",
        "/articles/un-traite-signe-a-rabat/",
        "/articles/le-sommet-reporte-a-l-automne/");
    Element first = doc.selectFirst(".teaser");
    assertThat(first.selectFirst("h2").text()).isEqualTo("Visite d’une délégation à Bruxelles");
    assertThat(first.selectFirst("time").text()).isEqualTo("20 novembre 2026 - 10h00");
    assertThat(first.selectFirst("time").attr("datetime")).isEqualTo("2026-11-20T10:00:00+01:00");
    assertThat(first.text()).contains("Extrait de Visite d’une délégation à Bruxelles.");
  }

  @Test
  void topicFrontLinksEveryMonthWithArticlesAndNoEmptyMonth() {
    Document doc = topicPage();

    assertThat(doc.selectFirst(".archives h2").text()).isEqualTo("Archives");
    assertThat(hrefs(doc, ".archives a"))
        .containsExactly("/topics/diplomatie/2026-11/", "/topics/diplomatie/2026-09/");
    assertThat(doc.select(".archives li").eachText())
        .containsExactly("novembre 2026 (2)", "septembre 2026 (1)");
    assertThat(doc.html()).doesNotContain("2026-10").doesNotContain("octobre 2026");
  }

  @Test
  void topicFrontJsonCarriesTheTopicItsArticlesAndItsMonths() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(file(
        renderer.topicFront(DIPLOMATIE, List.of(visit, treaty), months), "topics/diplomatie.json")
        .bytes());

    assertThat(doc.path("topic").path("name").asText()).isEqualTo("Diplomatie");
    assertThat(doc.path("topic").path("slug").asText()).isEqualTo("diplomatie");
    assertThat(doc.path("topic").path("url").asText())
        .isEqualTo("https://news.example.org/topics/diplomatie/");
    assertThat(doc.path("articles")).hasSize(2);
    JsonNode first = doc.path("articles").get(0);
    assertThat(first.path("title").asText()).isEqualTo("Visite d’une délégation à Bruxelles");
    assertThat(first.path("url").asText())
        .isEqualTo("https://news.example.org/articles/visite-d-une-delegation-a-bruxelles/");
    assertThat(first.path("excerpt").asText()).startsWith("Extrait de Visite");
    assertThat(first.path("topics").get(1).path("url").asText())
        .isEqualTo("https://news.example.org/topics/otan/");
    assertThat(doc.path("archives")).hasSize(2);
    assertThat(doc.path("archives").get(0).path("month").asText()).isEqualTo("2026-11");
    assertThat(doc.path("archives").get(0).path("count").asLong()).isEqualTo(2);
    assertThat(doc.path("archives").get(0).path("url").asText())
        .isEqualTo("https://news.example.org/topics/diplomatie/2026-11/");
  }

  @Test
  void topicMonthPageListsItsEntriesAndLinksBackToTheTopic() {
    List<RenderedFile> files = renderer.topicMonth(DIPLOMATIE,
        month("2026-11", 2, "2026-11-21T10:00:00Z"), List.of(visit, treaty));

    assertThat(files).extracting(RenderedFile::key)
        .containsExactly("topics/diplomatie/2026-11/index.html");
    Document doc = html(files.get(0));
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Diplomatie - novembre 2026");
    assertThat(hrefs(doc, ".teaser h2 a")).containsExactly(
        "/articles/visite-d-une-delegation-a-bruxelles/", "/articles/un-traite-signe-a-rabat/");
    assertThat(doc.selectFirst(".parent a").attr("href")).isEqualTo("/topics/diplomatie/");
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://news.example.org/topics/diplomatie/2026-11/");
    assertThat(new SitePaths(SITE).topicMonthKeys(DIPLOMATIE.slug(), months.get(0).month()))
        .containsExactly(files.get(0).key());
  }

  @Test
  void homeLinksTheLatestArticlesTheirTopicsAndTheSiteMonths() {
    List<RenderedFile> files = renderer.home(List.of(visit, treaty, summit), months);

    assertThat(files).extracting(RenderedFile::key).containsExactly("index.html", "feed.xml");
    Document doc = html(files.get(0));
    assertThat(hrefs(doc, ".teaser h2 a")).hasSize(3)
        .first().isEqualTo("/articles/visite-d-une-delegation-a-bruxelles/");
    assertThat(doc.selectFirst(".teaser .topics").text()).isEqualTo("Diplomatie - OTAN");
    assertThat(hrefs(doc.selectFirst(".teaser"), ".topics a"))
        .containsExactly("/topics/diplomatie/", "/topics/otan/");
    assertThat(hrefs(doc, ".topics a")).contains("/topics/economie/");
    assertThat(hrefs(doc, ".archives a"))
        .containsExactly("/archives/2026-11/", "/archives/2026-09/");
    assertThat(doc.selectFirst("header a").attr("href")).isEqualTo("/");
    assertThat(doc.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
        .isEqualTo("https://news.example.org/feed.xml");
  }

  @Test
  void everyLinkOfTheHomePageLeadsToAFileTheRenderersPublish() {
    SitePaths paths = new SitePaths(SITE);
    List<ArticleSummary> all = List.of(visit, treaty, summit);
    Set<String> published = new HashSet<>();
    all.forEach(a -> published.addAll(paths.articleKeys(a.slug())));
    all.stream().flatMap(a -> a.topics().stream()).distinct().forEach(topic -> renderer
        .topicFront(topic, List.of(visit), months).forEach(f -> published.add(f.key())));
    months.stream().filter(m -> m.count() > 0).forEach(m -> renderer.siteMonth(m, all)
        .forEach(f -> published.add(f.key())));
    renderer.home(all, months).forEach(f -> published.add(f.key()));
    SiteRenderers.of(SITE).statics().all().forEach(f -> published.add(f.key()));
    published.add(SiteRenderers.of(SITE).sitemaps().index(months, null, false).key());

    Document home = html(file(renderer.home(all, months), "index.html"));

    assertThat(home.select("a[href]").eachAttr("href")).isNotEmpty().allSatisfy(link -> {
      // "#contenu" and "/#archives": the page itself, and an anchor it holds.
      String href = link.startsWith("#") ? "/" : link.replaceFirst("#.*", "");
      if (link.contains("#")) {
        assertThat(home.getElementById(link.substring(link.indexOf('#') + 1))).as(link).isNotNull();
      }
      String served = href.endsWith("/") ? href + "index.html" : href;
      assertThat(published).contains(served.substring(1));
    });
  }

  @Test
  void siteMonthIsAnArchivePageAndASitemapChunk() throws Exception {
    List<RenderedFile> files = renderer.siteMonth(
        month("2026-11", 2, "2026-11-21T10:00:00Z"), List.of(visit, treaty));

    assertThat(files).extracting(RenderedFile::key)
        .containsExactly("archives/2026-11/index.html", "sitemaps/2026-11.xml");
    assertThat(new SitePaths(SITE).siteMonthKeys(months.get(0).month()))
        .containsExactlyElementsOf(files.stream().map(RenderedFile::key).toList());
    Document doc = html(files.get(0));
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Archives - novembre 2026");
    assertThat(hrefs(doc, ".teaser h2 a")).containsExactly(
        "/articles/visite-d-une-delegation-a-bruxelles/", "/articles/un-traite-signe-a-rabat/");
    assertThat(files.get(1).contentType()).isEqualTo("application/xml; charset=utf-8");
  }

  @Test
  void listingPagesAreValidHtml5ForPhones() {
    Document doc = topicPage();

    assertThat(Listed.text(file(renderer.topicFront(DIPLOMATIE, List.of(visit), months),
        "topics/diplomatie/index.html"))).startsWith("<!DOCTYPE html>");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(doc.selectFirst("meta[name=viewport]").attr("content"))
        .contains("width=device-width");
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.select("script:not([type=application/ld+json])")).isEmpty();
  }

  @Test
  void markupInATitleIsShownAsTextOnListingPages() {
    ArticleSummary hostile = article("Alerte <script>alert(1)</script> & \"rires\"",
        "2026-11-22T09:00:00Z", "2026-11-22T09:00:00Z", "Diplomatie");
    String html = Listed.text(file(renderer.home(List.of(hostile), months), "index.html"));
    Document doc = html(file(renderer.home(List.of(hostile), months), "index.html"));

    assertThat(doc.selectFirst(".teaser h2").text())
        .isEqualTo("Alerte <script>alert(1)</script> & \"rires\"");
    assertThat(doc.select("script:not([type=application/ld+json])")).isEmpty();
    assertThat(html).doesNotContain("<script>alert")
        .contains("Alerte &lt;script&gt;alert(1)&lt;/script&gt; &amp;");
  }

  @Test
  void sameListsGiveIdenticalBytes() {
    List<RenderedFile> first = renderer.topicFront(DIPLOMATIE, List.of(visit, treaty), months);
    List<RenderedFile> second = SiteRenderers.of(SITE).lists()
        .topicFront(DIPLOMATIE, List.of(visit, treaty), months);

    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).bytes()).isEqualTo(first.get(i).bytes());
    }
  }
}
