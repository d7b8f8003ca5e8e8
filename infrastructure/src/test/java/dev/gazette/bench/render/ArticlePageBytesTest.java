package dev.gazette.bench.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.render.RenderedFile;
import dev.gazette.render.SiteRenderers;
import dev.gazette.site.Site;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The render benchmark's article page, byte for byte, as it was rendered before the render was
 * made faster: every change to the renderers for speed must leave these files alone. A change
 * meant to alter the page replaces the expected files in the same commit and says why
 * ({@code -Dbench.render.repin=true} writes them from the current renderers, from the module's folder).
 */
class ArticlePageBytesTest {

  private final SiteRenderers renderers = SiteRenderers.of(Site.from(Map.of(
      "SITE_NAME", "Gazette", "SITE_URL", "https://news.example.org")));

  @ParameterizedTest
  @ValueSource(strings = {"body", "summary"})
  void benchArticlePageKeepsItsBytes(String description) throws IOException {
    List<RenderedFile> files = renderers.articles().render(
        BenchArticle.article(description.equals("summary") ? BenchArticle.SUMMARY : null),
        BenchArticle.pictures(), BenchArticle.related());

    assertThat(files).extracting(RenderedFile::key).containsExactly(
        "articles/la-metropole-lance-des-navettes-fluviales-entre-la-gare-et-l-ile-verte/index.html",
        "articles/la-metropole-lance-des-navettes-fluviales-entre-la-gare-et-l-ile-verte.json");
    if (Boolean.getBoolean("bench.render.repin")) {
      Path folder = Path.of("src/test/resources/bench/render");
      Files.write(folder.resolve("description-" + description + ".html"), files.get(0).bytes());
      Files.write(folder.resolve("description-" + description + ".json"), files.get(1).bytes());
    }
    // Compared as text first, so that a failure shows where the pages part, then as bytes.
    assertSameBytes(files.get(0).bytes(), "description-" + description + ".html");
    assertSameBytes(files.get(1).bytes(), "description-" + description + ".json");
  }

  private static void assertSameBytes(byte[] actual, String expectedFile) throws IOException {
    byte[] expected = expected(expectedFile);
    assertThat(new String(actual, StandardCharsets.UTF_8)).as(expectedFile)
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).as(expectedFile).isEqualTo(expected);
  }

  private static byte[] expected(String name) throws IOException {
    try (InputStream in = ArticlePageBytesTest.class.getResourceAsStream("/bench/render/" + name)) {
      assertThat(in).as("expected file bench/render/" + name).isNotNull();
      return in.readAllBytes();
    }
  }
}
