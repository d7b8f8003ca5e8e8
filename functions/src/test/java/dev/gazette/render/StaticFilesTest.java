package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesTest {

  private final StaticFiles statics = SiteRenderers.of(SITE).statics();

  private static String sha256Prefix(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
        .substring(0, 8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"recommended", "embeds"})
  void eachScriptIsNamedByTheHashOfItsContentAndCachedForever(String name) throws Exception {
    byte[] script;
    try (InputStream in = StaticFiles.class.getResourceAsStream(name + ".js")) {
      script = in.readAllBytes();
    }
    String path = name.equals("embeds") ? statics.embedScriptPath() : statics.recommendedScriptPath();
    RenderedFile asset = file(statics.all(), path.substring(1));

    assertThat(path).isEqualTo("/assets/" + name + "." + sha256Prefix(script) + ".js");
    assertThat(asset.bytes()).isEqualTo(script);
    assertThat(asset.contentType()).isEqualTo("text/javascript; charset=utf-8");
    assertThat(asset.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
  }

  @Test
  void scriptBuildsPicksAsTextNeverAsMarkup() {
    String script = Listed.text(file(statics.all(), statics.recommendedScriptPath().substring(1)));

    assertThat(script).contains("textContent").doesNotContain("innerHTML")
        .doesNotContain("eval(").contains("data-exclude").contains("data-source");
  }

  @Test
  void articlePagesLoadTheScriptThatIsPublished() {
    Document page = Listed.articlePage("Le port agrandi");

    assertThat(page.select("script[src]").eachAttr("src"))
        .containsExactly(statics.recommendedScriptPath());
  }

  @Test
  void notFoundPageIsAFrenchPageInTheSiteChromeLinkingHome() {
    RenderedFile notFound = file(statics.all(), "404.html");
    Document doc = html(notFound);

    assertThat(notFound.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Page introuvable");
    assertThat(doc.selectFirst("header a").attr("href")).isEqualTo("/");
    assertThat(doc.select("main a").eachAttr("href")).containsExactly("/");
    assertThat(doc.select("link[rel=canonical]")).isEmpty();
  }

  @Test
  void robotsAllowEverythingAndNameTheSitemaps() {
    RenderedFile robots = file(statics.all(), "robots.txt");

    assertThat(robots.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(Listed.text(robots).lines().toList()).contains("User-agent: *", "Allow: /",
        "Sitemap: https://news.example.org/sitemap.xml");
    // The index names the news sitemap while it exists: never a sitemap that may be missing.
    assertThat(Listed.text(robots)).doesNotContain("sitemap-news");
  }

  @Test
  void staticFilesAreTheScriptsTheSearchAbout404PagesRobotsTheIconsAndTheManifest() {
    List<RenderedFile> files = statics.all();

    assertThat(files).extracting(RenderedFile::key).containsExactly(
        statics.recommendedScriptPath().substring(1), statics.embedScriptPath().substring(1),
        statics.searchScriptPath().substring(1), "recherche/index.html", "404.html",
        "a-propos/index.html", "robots.txt",
        "favicon.svg", "favicon.ico", "favicon-32.png", "apple-touch-icon.png", "icon-192.png", "icon-512.png",
        "manifest.webmanifest");
  }
}
