package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.article;
import static dev.gazette.render.Listed.month;
import static dev.gazette.render.Listed.texts;
import static dev.gazette.render.Listed.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.article.ArticleSummary;
import dev.gazette.site.ArchiveMonth;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SitemapRendererTest {

  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  private final SitemapRenderer sitemaps = SiteRenderers.of(SITE).sitemaps();
  private final ListPageRenderer listings = SiteRenderers.of(SITE).lists();

  private final ArticleSummary port = article("Le port agrandi", "2026-11-20T09:00:00Z",
      "2026-11-22T18:30:00Z", "Économie");
  private final ArticleSummary harvest = article("La récolte d’olives", "2026-11-12T09:00:00Z",
      "2026-11-12T09:00:00Z", "Agriculture");

  @Test
  void indexListsTheChunkOfEveryMonthWithArticlesAndItsLastChange() throws Exception {
    RenderedFile index = sitemaps.index(List.of(
        month("2026-11", 2, "2026-11-22T18:30:00Z"),
        month("2026-10", 0, "2026-10-01T00:00:00Z"),
        month("2026-09", 5, "2026-09-30T12:00:00Z")), null, false);
    Document doc = xml(index);

    assertThat(index.key()).isEqualTo("sitemap.xml");
    assertThat(index.contentType()).isEqualTo("application/xml; charset=utf-8");
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
    assertThat(texts(doc, SITEMAP, "loc")).containsExactly(
        "https://news.example.org/sitemaps/2026-11.xml",
        "https://news.example.org/sitemaps/2026-09.xml");
    assertThat(texts(doc, SITEMAP, "lastmod"))
        .containsExactly("2026-11-22T19:30:00+01:00", "2026-09-30T14:00:00+02:00");
  }

  @Test
  void indexNamesTheNewsSitemapOnlyWhileItListsArticles() throws Exception {
    List<ArchiveMonth> months = List.of(month("2026-11", 2, "2026-11-22T18:30:00Z"));

    assertThat(texts(xml(sitemaps.index(months, Instant.parse("2026-11-22T18:00:00Z"), false)), SITEMAP, "loc"))
        .containsExactly("https://news.example.org/sitemap-news.xml",
            "https://news.example.org/sitemaps/2026-11.xml");
    assertThat(texts(xml(sitemaps.index(months, null, false)), SITEMAP, "loc"))
        .containsExactly("https://news.example.org/sitemaps/2026-11.xml");
  }

  @Test
  void aNewsSitemapWithoutArticlesIsNeverWritten() {
    // The sitemap schema asks for at least one <url>: an empty one is invalid.
    assertThatThrownBy(() -> sitemaps.news(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void monthChunkListsEachArticleWithWhenItLastChanged() throws Exception {
    RenderedFile chunk = listings.siteMonth(month("2026-11", 2, "2026-11-22T18:30:00Z"),
        List.of(port, harvest)).get(1);
    Document doc = xml(chunk);

    assertThat(chunk.key()).isEqualTo("sitemaps/2026-11.xml");
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
    assertThat(texts(doc, SITEMAP, "loc")).containsExactly(
        "https://news.example.org/articles/le-port-agrandi/",
        "https://news.example.org/articles/la-recolte-d-olives/");
    assertThat(texts(doc, SITEMAP, "lastmod"))
        .containsExactly("2026-11-22T19:30:00+01:00", "2026-11-12T10:00:00+01:00");
  }

  @Test
  void newsSitemapUsesTheGoogleNewsNamespaceWithPublicationLanguageDateAndTitle()
      throws Exception {
    RenderedFile news = sitemaps.news(List.of(port, harvest));
    Document doc = xml(news);

    assertThat(news.key()).isEqualTo("sitemap-news.xml");
    assertThat(texts(doc, SITEMAP, "loc")).containsExactly(
        "https://news.example.org/articles/le-port-agrandi/",
        "https://news.example.org/articles/la-recolte-d-olives/");
    assertThat(texts(doc, NEWS, "name")).containsExactly("Gazette", "Gazette");
    assertThat(texts(doc, NEWS, "language")).containsExactly("fr", "fr");
    assertThat(texts(doc, NEWS, "publication_date"))
        .containsExactly("2026-11-20T10:00:00+01:00", "2026-11-12T10:00:00+01:00");
    assertThat(texts(doc, NEWS, "title")).containsExactly("Le port agrandi", "La récolte d’olives");
  }

  @Test
  void newsSitemapKeepsTheNewestThousandArticlesGoogleReads() throws Exception {
    List<ArticleSummary> many = IntStream.range(0, 1005).mapToObj(i -> article("Brève " + i,
        "2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z", "Économie")).toList();

    List<String> locs = texts(xml(sitemaps.news(many)), SITEMAP, "loc");

    assertThat(locs).hasSize(1000);
    assertThat(locs.get(0)).endsWith("/articles/breve-0/");
  }

  @Test
  void markupAndAmpersandsInTitlesStayTextInSitemaps() throws Exception {
    ArticleSummary hostile = article("Rires & <b>cris</b>", "2026-11-21T09:00:00Z",
        "2026-11-21T09:00:00Z", "Économie");
    RenderedFile news = sitemaps.news(List.of(hostile));

    assertThat(texts(xml(news), NEWS, "title")).containsExactly("Rires & <b>cris</b>");
    assertThat(Listed.text(news)).contains("Rires &amp; &lt;b&gt;cris&lt;/b&gt;");
  }
}
