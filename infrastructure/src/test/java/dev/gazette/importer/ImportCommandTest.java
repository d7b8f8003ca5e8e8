package dev.gazette.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.importer.wordpress.WordPressExport;
import org.junit.jupiter.api.Test;

class ImportCommandTest {

  @Test
  void theCommandReadsWordPressExportsAndJsonl() {
    assertThat(ImportCommand.SOURCES).containsOnlyKeys("jsonl", "wordpress");
    assertThat(ImportCommand.SOURCES.get("wordpress")).isInstanceOf(WordPressExport.class);
    assertThat(ImportCommand.USAGE).contains("./gazette import wordpress EXPORT.xml [--uploads DIR] [--aws]")
        .doesNotContain("not yet");
  }

  @Test
  void anUnknownSourceNamesTheOnesThereAre() {
    assertThatThrownBy(() -> ImportCommand.main(new String[] {"drupal", "site.xml"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown source drupal: jsonl or wordpress");
  }

  @Test
  void aWordPressImportNeedsItsFile() {
    assertThatThrownBy(() -> ImportCommand.main(new String[] {"wordpress", "--uploads", "up"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("import wordpress needs a file");
  }
}
