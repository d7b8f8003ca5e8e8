package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.file;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** embeds.js, run by node over a stand-in DOM: nothing before the click, the player after it. */
class EmbedScriptTest {

  private final SiteRenderers renderers = SiteRenderers.of(SITE);
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theButtonShowsAndAClickReplacesTheBlockByThePlayersFrame(@TempDir Path dir) throws Exception {
    String body = new MarkdownRenderer(SITE).toHtml(
        "https://youtu.be/dQw4w9WgXcQ\n\nhttps://x.com/gazette/status/185").toString();
    List<Map<String, String>> blocks = Jsoup.parseBodyFragment(body).select(".embed").stream()
        .map(EmbedScriptTest::block).toList();

    JsonNode result = run(dir, blocks);

    assertThat(result.path("before").path("elementsCreated").asInt()).as("nothing built before a click").isZero();
    assertThat(result.path("before").path("buttonsShown").toString()).isEqualTo("[true,true]");
    JsonNode youtube = result.path("after").get(0);
    assertThat(youtube.path("className").asText()).isEqualTo("embed-frame");
    assertThat(youtube.path("frame").path("tag").asText()).isEqualTo("iframe");
    assertThat(youtube.path("frame").path("src").asText()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    assertThat(youtube.path("frame").path("title").asText()).isEqualTo("Vidéo YouTube");
    JsonNode x = result.path("after").get(1);
    assertThat(x.path("className").asText()).isEqualTo("embed-frame tall");
    assertThat(x.path("frame").path("src").asText()).isEqualTo("https://platform.twitter.com/embed/Tweet.html?id=185");
  }

  @Test
  void aBlockNamingAnotherPlayerKeepsItsButtonHiddenAndStaysALink(@TempDir Path dir) throws Exception {
    JsonNode result = run(dir, List.of(
        Map.of("src", "https://evil.example/embed/x", "title", "t", "className", "embed"),
        Map.of("src", "javascript:alert(1)", "title", "t", "className", "embed"),
        Map.of("src", "https://www.youtube-nocookie.com.evil.example/embed/x", "title", "t", "className", "embed")));

    assertThat(result.path("before").path("buttonsShown").toString()).isEqualTo("[false,false,false]");
    assertThat(result.path("after")).isEmpty();
  }

  private static Map<String, String> block(Element figure) {
    return Map.of("src", figure.attr("data-embed-src"), "title", figure.attr("data-embed-title"),
        "className", figure.className());
  }

  private JsonNode run(Path dir, List<Map<String, String>> blocks) throws Exception {
    Path script = dir.resolve("embeds.js");
    Path harness = dir.resolve("harness.js");
    Path input = dir.resolve("blocks.json");
    Files.write(script, file(renderers.statics().all(), renderers.statics().embedScriptPath().substring(1)).bytes());
    try (InputStream in = EmbedScriptTest.class.getResourceAsStream("embeds-harness.js")) {
      Files.write(harness, in.readAllBytes());
    }
    Files.write(input, json.writeValueAsBytes(blocks));
    Process node = new ProcessBuilder("node", harness.toString(), script.toString(), input.toString())
        .redirectErrorStream(true).start();
    assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.exitValue()).as(output).isZero();
    return json.readTree(output);
  }
}
