package dev.gazette.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WxrReaderTest {
  private static final String NAMESPACES = "xmlns:wp=\"http://wordpress.org/export/1.2/\" "
      + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"";

  private static Path write(Path dir, String xml) throws Exception {
    Path file = dir.resolve("export.xml");
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "mot-de-passe-123");
    Path file = write(dir, """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
        <rss %s><channel><item><title>&xxe;</title><wp:post_id>1</wp:post_id></item></channel></rss>
        """.formatted(secret.toUri(), NAMESPACES));
    assertThatThrownBy(() -> new WordPressExport().read(file)).isInstanceOf(InvalidExport.class)
        .hasMessageContaining("line 2, column")
        .hasMessageContaining("a document type declaration (<!DOCTYPE …>) is refused")
        .hasMessageNotContaining("mot-de-passe");
  }

  @Test
  void nestedEntitiesAreRefusedBeforeAnyIsExpanded(@TempDir Path dir) throws Exception {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path file = write(dir, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + entities + "]>\n<rss " + NAMESPACES
        + "><channel><item><title>&lol9;</title><wp:post_id>1</wp:post_id></item></channel></rss>");
    assertThatThrownBy(() -> new WordPressExport().read(file)).isInstanceOf(InvalidExport.class)
        .hasMessageContaining("document type declaration");
  }

  @Test
  void anExternalDocumentTypeIsRefusedWithoutBeingFetched(@TempDir Path dir) throws Exception {
    Path file = write(dir, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/wxr.dtd\">\n<rss "
        + NAMESPACES + "><channel/></rss>");
    assertThatThrownBy(() -> new WordPressExport().read(file)).isInstanceOf(InvalidExport.class)
        .hasMessageContaining("line 2").hasMessageContaining("document type declaration");
  }

  @Test
  void xmlThatIsNotWellFormedIsRefusedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = write(dir, "<?xml version=\"1.0\"?>\n<rss " + NAMESPACES + "><channel>\n"
        + "<item><title>Un titre</titre></item>\n</channel></rss>");
    assertThatThrownBy(() -> new WordPressExport().read(file)).isInstanceOf(InvalidExport.class)
        .hasMessageStartingWith(file + ", line 3, column")
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void aFileThatIsNotAnRssExportIsRefused(@TempDir Path dir) throws Exception {
    Path file = write(dir, "<?xml version=\"1.0\"?>\n<html><body>Bonjour</body></html>");
    assertThatThrownBy(() -> new WordPressExport().read(file)).isInstanceOf(InvalidExport.class)
        .hasMessageContaining("not a WordPress export: it starts with <html>");
  }

  @Test
  void anItemWithoutAnIdIsReportedByItsLineAndTheOthersAreRead(@TempDir Path dir) throws Exception {
    Path file = write(dir, "<?xml version=\"1.0\"?>\n<rss " + NAMESPACES + "><channel>\n"
        + "<item><title>Sans identifiant</title><wp:post_type>post</wp:post_type></item>\n"
        + "<item><title>Bon</title><wp:post_id>7</wp:post_id><wp:status>draft</wp:status>"
        + "<content:encoded>Texte.</content:encoded><category domain=\"category\" nicename=\"societe\">Société</category></item>\n"
        + "<item><title>Doublon</title><wp:post_id>7</wp:post_id><wp:status>draft</wp:status></item>\n"
        + "</channel></rss>");
    var read = new WordPressExport().read(file);
    assertThat(read.posts()).singleElement().satisfies(post -> assertThat(post.title()).isEqualTo("Bon"));
    assertThat(read.problems()).extracting(problem -> problem.where() + ": " + problem.reason()).containsExactly(
        "item at line 3: has no wp:post_id (a number)", "post 7: wp:post_id 7 is used by an earlier item");
  }
}
