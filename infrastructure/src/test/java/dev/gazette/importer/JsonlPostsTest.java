package dev.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlPostsTest {

  private static SourcePosts read(Path dir, String... lines) throws Exception {
    Path file = dir.resolve("archive.jsonl");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return new JsonlPosts().read(file);
  }

  @Test
  void aGoodLineBecomesAPostWithItsImportFields(@TempDir Path dir) throws Exception {
    SourcePosts read = read(dir, """
        {"sourceId": "17", "title": "Le port de Tanger s'agrandit", "body": "Texte ![Le quai](/up/quai.jpg \\"Le quai\\")", \
        "topics": ["Économie"], "status": "published", "publishedAt": "2019-03-14T08:30:00+01:00", \
        "oldPaths": ["/2019/03/14/le-port/", "/?p=17"], "picture": {"file": "2019/03/port.jpg", "alt": "Le port"}, \
        "pictures": [{"url": "/up/quai.jpg", "file": "2019/03/quai.jpg", "alt": "Le quai"}]}""");
    assertThat(read.problems()).isEmpty();
    ImportedPost post = read.posts().get(0);
    assertThat(post.sourceId()).isEqualTo("17");
    assertThat(post.publishedAt()).isEqualTo(Instant.parse("2019-03-14T07:30:00Z"));
    assertThat(post.oldPaths()).containsExactly("/2019/03/14/le-port/", "/?p=17");
    assertThat(post.picture().url()).as("a lead picture's url defaults to its file").isEqualTo("2019/03/port.jpg");
    assertThat(post.pictures()).singleElement().satisfies(picture -> assertThat(picture.file()).isEqualTo("2019/03/quai.jpg"));
  }

  @Test
  void eachBadLineIsReportedWithItsNumberAndTheOthersAreRead(@TempDir Path dir) throws Exception {
    String good = "{\"sourceId\": \"1\", \"title\": \"Bon\", \"body\": \"Texte.\", \"topics\": [\"Société\"], \"status\": \"draft\"}";
    SourcePosts read = read(dir,
        good,
        "{\"sourceId\": \"2\", \"title\": ",
        "{\"sourceId\": \"3\", \"body\": \"Texte.\", \"topics\": [\"Société\"], \"status\": \"draft\"}",
        "{\"sourceId\": \"4\", \"title\": \"Daté\", \"body\": \"Texte.\", \"topics\": [\"Société\"], \"status\": \"published\", \"publishedAt\": \"14/03/2019\"}",
        "{\"sourceId\": \"5\", \"title\": \"Long\", \"body\": \"" + "x".repeat(100_001) + "\", \"topics\": [\"Société\"], \"status\": \"draft\"}",
        "{\"sourceId\": \"6\", \"title\": \"Inconnu\", \"body\": \"Texte.\", \"topics\": [\"Société\"], \"status\": \"draft\", \"color\": \"red\"}",
        "{\"title\": \"Sans id\", \"body\": \"Texte.\", \"topics\": [\"Société\"], \"status\": \"draft\"}",
        "",
        good.replace("Bon", "Encore"));
    assertThat(read.posts()).extracting(ImportedPost::sourceId).containsExactly("1");
    assertThat(read.problems()).extracting(ImportProblem::where)
        .containsExactly("line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 9");
    assertThat(read.problems().get(0).reason()).startsWith("not a JSON article");
    assertThat(read.problems().get(1).reason()).isEqualTo("title is required");
    assertThat(read.problems().get(2).reason()).contains("publishedAt", "is not a date");
    assertThat(read.problems().get(3).reason()).contains("over 100000 characters");
    assertThat(read.problems().get(4).reason()).isEqualTo("unknown field \"color\"");
    assertThat(read.problems().get(5).reason()).isEqualTo("sourceId is required");
    assertThat(read.problems().get(6).reason()).contains("used by an earlier line");
  }
}
