package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.render.RenderedFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page's script, run under Node over the index files the Publisher wrote. */
class SearchQueryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PublisherFixture newsroom = new PublisherFixture();

  @Test
  void anInflectedFormFindsTheArticleAndTheBestMatchComesFirst(@TempDir Path dir) throws Exception {
    Article once = newsroom.publish("Le port de Safi", "Les chalutiers parlent du dessalement une fois.", "Économie");
    Article often = newsroom.publish("Dessaler l'eau de mer", "Dessaler, dessalement, eau dessalée : le dessalement partout.", "Économie");
    newsroom.publish("Le tramway de Rabat", "Rien à voir avec la mer.", "Transport");

    JsonNode answer = query(dir, "dessaler");

    assertThat(ids(answer)).containsExactly(often.id(), once.id());
  }

  @Test
  void aQueryFetchesOnlyTheFilesOfItsTerms(@TempDir Path dir) throws Exception {
    newsroom.publish("Le port de Safi", "Le dessalement avance au port.", "Économie");
    newsroom.publish("Le tramway de Rabat", "Le tramway avance.", "Transport");

    JsonNode answer = query(dir, "Dessalement au port");

    List<String> fetched = new ArrayList<>();
    answer.get("fetched").forEach(name -> fetched.add(name.asText()));
    assertThat(fetched).containsExactlyInAnyOrder("stats.json", "terms/desal.json", "terms/port.json",
        "terms/desal/2026-11.json", "terms/port/2026-11.json");
  }

  @Test
  void onTiesTheNewerArticleComesFirst(@TempDir Path dir) throws Exception {
    Article older = newsroom.publish("Première marée", "La marée monte.", "Société");
    Article newer = newsroom.publish("Seconde marée", "La marée monte.", "Société");

    assertThat(ids(query(dir, "marée"))).containsExactly(newer.id(), older.id());
  }

  @Test
  void anUnpublishedArticleIsNoLongerFound(@TempDir Path dir) throws Exception {
    Article article = newsroom.publish("Dessaler l'eau", "Le dessalement coûte cher.", "Économie");
    newsroom.edit(article, PublisherFixture.content(article.title(), article.body(), List.of("Économie"), "draft"));

    assertThat(ids(query(dir, "dessalement"))).isEmpty();
  }

  private static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.get("ranked").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private JsonNode query(Path dir, String query) throws Exception {
    for (RenderedFile file : newsroom.pages.files.values()) {
      if (file.key().startsWith("search/")) {
        Path path = dir.resolve(file.key());
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      }
    }
    Path script;
    try (InputStream in = SearchQueryTest.class.getResourceAsStream("/dev/gazette/render/search.js")) {
      script = Files.write(dir.resolve("search.js"), in.readAllBytes());
    }
    Path probe = Files.writeString(dir.resolve("query.js"), String.join("\n",
        "const s = require(" + JSON.writeValueAsString(script.toString()) + ");",
        "const fs = require('fs');",
        "const fetched = [];",
        "const index = name => {",
        "  fetched.push(name);",
        "  const path = " + JSON.writeValueAsString(dir.resolve("search").toString()) + " + '/' + name;",
        "  return Promise.resolve(fs.existsSync(path) ? JSON.parse(fs.readFileSync(path, 'utf8')) : null);",
        "};",
        "s.search(s.terms(" + JSON.writeValueAsString(query) + "), index)",
        "  .then(ranked => console.log(JSON.stringify({ranked, fetched})));", ""));
    Process node = new ProcessBuilder("node", probe.toString()).redirectErrorStream(true).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    return JSON.readTree(output);
  }
}
