package dev.gazette.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCloudOptionsTest {

  @Test
  void withoutFlagsTheCloudUsesPorts3000And8080AndDotGazette() {
    LocalCloudOptions options = LocalCloudOptions.parse();
    assertThat(options.apiPort()).isEqualTo(3000);
    assertThat(options.cdnPort()).isEqualTo(8080);
    assertThat(options.dataDir()).isEqualTo(Path.of(".gazette"));
    assertThat(options.template().getFileName()).hasToString("template.yaml");
    assertThat(options.samples()).isEqualTo(LocalCloudOptions.Samples.WHEN_EMPTY);
    assertThat(options.identityPort()).isEqualTo(3001);
  }

  @Test
  void theDeskIsABuiltFolderOrRefused(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> LocalCloudOptions.parse("--desk", dir.toString())).hasMessageContaining("build the desk");
    Files.writeString(dir.resolve("index.html"), "<!doctype html>");
    assertThat(LocalCloudOptions.parse("--desk", dir.toString(), "--idp-port", "3704").deskDist()).isEqualTo(dir);
    assertThat(LocalCloudOptions.forTests(dir).deskDist()).isNull();
  }

  @Test
  void flagsTakeTheirValueAfterASpaceOrAnEqualsSign() {
    LocalCloudOptions options = LocalCloudOptions.parse("--api-port", "3001", "--cdn-port=8081", "--data", "/tmp/g",
        "--sample");
    assertThat(options.apiPort()).isEqualTo(3001);
    assertThat(options.cdnPort()).isEqualTo(8081);
    assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/g"));
    assertThat(options.samples()).isEqualTo(LocalCloudOptions.Samples.ALWAYS);
  }

  @Test
  void anUnknownFlagOrABadPortIsExplained() {
    assertThatThrownBy(() -> LocalCloudOptions.parse("--apiport", "1")).hasMessageContaining("Unknown option --apiport");
    assertThatThrownBy(() -> LocalCloudOptions.parse("--api-port", "http")).hasMessageContaining("expects a port number");
    assertThatThrownBy(() -> LocalCloudOptions.parse("--data")).hasMessageContaining("needs a value");
  }
}
