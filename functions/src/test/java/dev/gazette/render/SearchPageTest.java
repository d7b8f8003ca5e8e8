package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SearchPageTest {
  private final StaticFiles statics = SiteRenderers.of(SITE).statics();

  @Test
  void theSearchPageHasALabelledFormSendingQToItself() {
    Document page = html(file(statics.all(), "recherche/index.html"));

    Element form = page.selectFirst("main form[role=search]");
    assertThat(form.attr("action")).isEqualTo("/recherche/");
    assertThat(form.attr("method")).isEqualTo("get");
    Element input = form.selectFirst("input[name=q]");
    assertThat(input.attr("type")).isEqualTo("search");
    assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).isEqualTo("Rechercher dans les articles");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Recherche");
    assertThat(page.selectFirst("#search-status").attr("role")).isEqualTo("status");
  }

  @Test
  void withoutJavaScriptTheSearchPageSaysWhyAndLinksHome() {
    Document page = html(file(statics.all(), "recherche/index.html"));

    assertThat(page.select("noscript").html()).contains("activez JavaScript").contains("href=\"/\"");
  }

  @Test
  void theSearchScriptIsNamedByItsHashAndReadsTheIndexUnderSearch() throws Exception {
    byte[] script;
    try (InputStream in = StaticFiles.class.getResourceAsStream("search.js")) {
      script = in.readAllBytes();
    }
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script)).substring(0, 8);
    Document page = html(file(statics.all(), "recherche/index.html"));

    assertThat(page.selectFirst("script[src]").attr("src")).isEqualTo("/assets/search." + hash + ".js");
    assertThat(file(statics.all(), "assets/search." + hash + ".js").cacheControl())
        .isEqualTo("public, max-age=31536000, immutable");
    assertThat(page.selectFirst("#search-results").attr("data-index")).isEqualTo("/search/");
  }

  @Test
  void theScriptWritesResultsAsTextNeverAsMarkup() throws Exception {
    String script;
    try (InputStream in = StaticFiles.class.getResourceAsStream("search.js")) {
      script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(script).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("eval(");
  }
}
