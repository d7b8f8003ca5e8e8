package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.Correction;
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
import org.junit.jupiter.api.Test;

class CorrectionsOnThePageTest {
  private static final Instant PUBLISHED = Instant.parse("2026-12-01T08:00:00Z");
  /** Late on 2 December in UTC, already 3 December in Paris. */
  private static final Instant CORRECTED = Instant.parse("2026-12-02T23:30:00Z");

  private final ArticleRenderer renderer = SiteRenderers.of(Site.from(Map.of(
      "SITE_NAME", "Gazette", "SITE_URL", "https://news.example.org", "SITE_TIMEZONE", "Europe/Paris"))).articles();

  private static Article article(List<Correction> corrections, Instant revisedAt) {
    return new Article("01HZX3K8T9", new Slug("budget-vote"), Set.of(), "Le budget est voté", null,
        "Les députés ont voté le budget.", "C.M.", "Paris", List.of(Topic.named("Économie")), Status.PUBLISHED,
        PUBLISHED, PUBLISHED, revisedAt == null ? PUBLISHED : revisedAt, 4, "fr", null, null, corrections,
        revisedAt, null);
  }

  private List<RenderedFile> files(Article article) {
    return renderer.render(article, ArticlePictures.NONE, List.of());
  }

  private Document html(Article article) {
    return Jsoup.parse(new String(files(article).get(0).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aCorrectedArticleShowsItsNotesDatedInTheSitesZoneAndWhenItWasUpdated() {
    Article corrected = article(List.of(new Correction(CORRECTED, Correction.Kind.CORRECTION,
        "Le vote a eu lieu mardi, non lundi.")), CORRECTED);
    Document page = html(corrected);

    assertThat(page.select("section.corrections p").text())
        .isEqualTo("Rectificatif du 3 décembre 2026 : Le vote a eu lieu mardi, non lundi.");
    assertThat(page.select("section.corrections time").attr("datetime")).isEqualTo("2026-12-03T00:30:00+01:00");
    assertThat(page.select("article p.dateline").eachText()).contains("Mis à jour le 3 décembre 2026 à 00h30");
  }

  @Test
  void theNotesAreCorrectionCommentsOfTheNewsArticleAndFieldsOfItsJson() throws Exception {
    Article corrected = article(List.of(
        new Correction(CORRECTED, Correction.Kind.CLARIFICATION, "Le montant est hors taxes.")), CORRECTED);
    ObjectMapper json = new ObjectMapper();
    JsonNode ld = json.readTree(html(corrected).select("script[type=application/ld+json]").html());
    JsonNode document = json.readTree(files(corrected).get(1).bytes());

    assertThat(ld.get("correction").get(0).get("@type").asText()).isEqualTo("CorrectionComment");
    assertThat(ld.get("correction").get(0).get("text").asText()).isEqualTo("Le montant est hors taxes.");
    assertThat(ld.get("dateModified").asText()).isEqualTo("2026-12-03T00:30:00+01:00");
    assertThat(document.get("corrections").get(0).get("heading").asText()).isEqualTo("Précision du 3 décembre 2026");
    assertThat(document.get("revisedAt").asText()).isEqualTo("2026-12-03T00:30:00+01:00");
  }

  @Test
  void anArticleNeverChangedAfterPublicationSaysNothingOfAnUpdate() {
    Document page = html(article(List.of(), null));

    assertThat(page.text()).doesNotContain("Mis à jour").doesNotContain("Rectificatif");
    assertThat(page.select("section.corrections")).isEmpty();
  }
}
