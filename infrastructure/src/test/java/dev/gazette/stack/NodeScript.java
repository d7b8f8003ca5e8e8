package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a function's inline JavaScript with Node, as the edge or Lambda would, and returns what it printed. */
final class NodeScript {
  private NodeScript() {}

  static List<String> run(Path dir, String script) throws IOException, InterruptedException {
    Path file = Files.writeString(Files.createTempFile(dir, "script", ".js"), script);
    Process node = new ProcessBuilder("node", file.toString()).redirectErrorStream(true).start();
    assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node ran " + file).isTrue();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.exitValue()).as(output).isZero();
    return output.lines().toList();
  }
}
