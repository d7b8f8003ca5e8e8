package dev.gazette.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Finds the Gazette checkout from wherever the local cloud or a test was started. */
public final class ProjectRoot {

  private ProjectRoot() {
  }

  /** The nearest directory at or above {@code start} that holds all the given entries. */
  public static Optional<Path> containing(Path start, String... entries) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir;
      if (Arrays.stream(entries).allMatch(entry -> Files.exists(candidate.resolve(entry)))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** The checkout root: the {@code gazette.root} system property if set (tests), else found by walking up. */
  public static Path find() {
    String property = System.getProperty("gazette.root");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path workingDir = Path.of("").toAbsolutePath();
    return containing(workingDir, "template.yaml")
        .or(() -> containing(workingDir, "package.json", "node_modules"))
        .orElse(workingDir);
  }
}
