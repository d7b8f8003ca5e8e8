package dev.gazette.publish.related;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page's script analyses a query as the Publisher analysed the articles: one word
 * list, run through FrenchText here and through search.js under Node, gives the same terms.
 */
class SearchScriptTermsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyWordOfTheListGivesTheSameTermsInJavaAndInTheBrowsersScript(@TempDir Path dir) throws Exception {
    List<String> entries = entries();
    List<List<String>> inNode = termsInNode(dir, entries);

    List<String> differences = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      List<String> inJava = FrenchText.terms(entries.get(i));
      if (!inJava.equals(inNode.get(i))) {
        differences.add(entries.get(i) + ": Java " + inJava + ", script " + inNode.get(i));
      }
    }
    assertThat(entries).hasSizeGreaterThan(300);
    assertThat(differences).isEmpty();
  }

  @Test
  void dessalementAndDessalerMeetOnOneTerm() {
    assertThat(FrenchText.terms("dessalement")).containsExactly("desal");
    assertThat(FrenchText.terms("dessaler")).containsExactly("desal");
  }

  @Test
  void theScriptNamesATermsFilesAsSitePathsDoes(@TempDir Path dir) throws Exception {
    Path script = scriptIn(dir);
    Path probe = Files.writeString(dir.resolve("names.js"), "const s = require(" + JSON.writeValueAsString(script.toString())
        + ");\nconsole.log(JSON.stringify([s.fileName('desal'), s.fileName(\"aujourd'hui\"), s.fileName('a320')]));\n");
    assertThat(JSON.readValue(run(probe).get(0), List.class))
        .containsExactly("desal", "_61756a6f75726427687569", "a320");
  }

  private static List<String> entries() throws IOException {
    try (InputStream in = SearchScriptTermsTest.class.getResourceAsStream("/search/french-words.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<List<String>> termsInNode(Path dir, List<String> entries) throws Exception {
    Path script = scriptIn(dir);
    Path words = Files.writeString(dir.resolve("words.json"), JSON.writeValueAsString(entries));
    Path probe = Files.writeString(dir.resolve("terms.js"), "const s = require(" + JSON.writeValueAsString(script.toString())
        + ");\nconst words = JSON.parse(require('fs').readFileSync(" + JSON.writeValueAsString(words.toString())
        + ", 'utf8'));\nconsole.log(JSON.stringify(words.map(s.terms)));\n");
    return JSON.readValue(run(probe).get(0), List.class);
  }

  private static Path scriptIn(Path dir) throws IOException {
    try (InputStream in = SearchScriptTermsTest.class.getResourceAsStream("/dev/gazette/render/search.js")) {
      return Files.write(dir.resolve("search.js"), in.readAllBytes());
    }
  }

  private static List<String> run(Path script) throws Exception {
    Process node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node ran " + script).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    return output.lines().toList();
  }
}
