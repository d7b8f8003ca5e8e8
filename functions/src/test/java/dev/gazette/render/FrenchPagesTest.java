package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** French spacing reaches every output a title or a summary appears in, and only French ones. */
class FrenchPagesTest {

  private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
  private static final String TITLE = "Crues : l’alerte levée ?";
  private static final String SPACED_TITLE = "Crues\u00a0: l’alerte levée\u202f?";
  private static final String SUMMARY = "«Enfin!» disent les riverains.";
  private static final String SPACED_SUMMARY = "«\u00a0Enfin\u202f!\u00a0» disent les riverains.";

  private final SiteRenderers renderers = SiteRenderers.of(SITE);
  private final ObjectMapper json = new ObjectMapper();

  private List<RenderedFile> article(String language) {
    Article article = new Article("id-1", new Slug("crues"), Set.of(), TITLE, SUMMARY,
        "Le niveau baisse ; la route rouvre.", "C.M.", "Lyon", List.of(Topic.named("Météo")),
        Status.PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED, 1, language, null, null);
    return renderers.articles().render(article, ArticlePictures.NONE, List.of());
  }

  @Test
  void aFrenchArticlesTitleAndSummaryAreSpacedInEveryPartOfItsPage() throws Exception {
    List<RenderedFile> files = article("fr");
    // The page's own bytes: jsoup's text() reads a no-break space as a space.
    String html = Listed.text(file(files, "articles/crues/index.html"));
    assertThat(html).contains("<h1>" + SPACED_TITLE + "</h1>", "<title>" + SPACED_TITLE + " - Gazette</title>",
        "<meta property=\"og:title\" content=\"" + SPACED_TITLE + "\">",
        "<meta name=\"description\" content=\"" + SPACED_SUMMARY + "\">",
        "<p>Le niveau baisse\u202f; la route rouvre.</p>");
    Document page = html(file(files, "articles/crues/index.html"));
    JsonNode jsonLd = json.readTree(page.selectFirst("script[type=application/ld+json]").data());
    assertThat(jsonLd.path("headline").asText()).isEqualTo(SPACED_TITLE);
    assertThat(jsonLd.path("description").asText()).isEqualTo(SPACED_SUMMARY);
    JsonNode document = json.readTree(file(files, "articles/crues.json").bytes());
    assertThat(document.path("title").asText()).isEqualTo(SPACED_TITLE);
    assertThat(document.path("summary").asText()).isEqualTo(SPACED_SUMMARY);
  }

  @Test
  void anArticleInAnotherLanguageKeepsItsSpacesAsTyped() {
    String page = Listed.text(file(article("en"), "articles/crues/index.html"));
    assertThat(page).contains("<h1>" + TITLE + "</h1>", "<p>Le niveau baisse ; la route rouvre.</p>");
  }

  @Test
  void listsFeedsPicksAndTheNewsSitemapShowTheSameSpacedTitle() throws Exception {
    ArticleSummary listed = new ArticleSummary("id-1", new Slug("crues"), TITLE, SUMMARY, "C.M.",
        "Lyon", List.of(Topic.named("Météo")), PUBLISHED, PUBLISHED, null);
    List<RenderedFile> home = renderers.lists().home(List.of(listed), List.of());
    String page = Listed.text(file(home, "index.html"));
    assertThat(page).contains(">" + SPACED_TITLE + "</a>").contains(SPACED_SUMMARY);
    String feed = new String(file(home, "feed.xml").bytes(), StandardCharsets.UTF_8);
    assertThat(feed).contains("<title>" + SPACED_TITLE + "</title>").contains(SPACED_SUMMARY);
    JsonNode picks = json.readTree(renderers.picks().recommended(List.of(listed)).bytes());
    assertThat(picks.path("articles").get(0).path("title").asText()).isEqualTo(SPACED_TITLE);
    assertThat(picks.path("articles").get(0).path("excerpt").asText()).isEqualTo(SPACED_SUMMARY);
    String news = new String(renderers.sitemaps().news(List.of(listed)).bytes(), StandardCharsets.UTF_8);
    assertThat(news).contains("<news:title>" + SPACED_TITLE + "</news:title>");
  }
}
