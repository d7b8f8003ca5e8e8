package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendedRendererTest {

  private final RecommendedRenderer renderer = SiteRenderers.of(SITE).picks();

  @Test
  void picksArePublishedAsOneShortLivedJsonFileInTheirOrder() throws Exception {
    RenderedFile file = renderer.recommended(List.of(
        article("Le port agrandi", "2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z", "Économie"),
        article("La récolte d’olives", "2026-11-12T09:00:00Z", "2026-11-12T09:00:00Z", "Agri")));
    JsonNode doc = new ObjectMapper().readTree(file.bytes());

    assertThat(file.key()).isEqualTo("recommended.json");
    assertThat(file.contentType()).isEqualTo("application/json; charset=utf-8");
    assertThat(file.cacheControl()).contains("s-maxage=30");
    assertThat(doc.path("articles")).hasSize(2);
    JsonNode first = doc.path("articles").get(0);
    assertThat(first.path("title").asText()).isEqualTo("Le port agrandi");
    assertThat(first.path("url").asText())
        .isEqualTo("https://news.example.org/articles/le-port-agrandi/");
    assertThat(first.path("slug").asText()).isEqualTo("le-port-agrandi");
    assertThat(first.path("excerpt").asText()).isEqualTo("Extrait de Le port agrandi.");
  }

  @Test
  void articlePagesReadThePicksFromTheAddressTheyArePublishedAt() {
    String source = Listed.articlePage("Le port agrandi").selectFirst("#recommended")
        .attr("data-source");

    assertThat("/" + renderer.recommended(List.of()).key()).isEqualTo(source);
  }
}
