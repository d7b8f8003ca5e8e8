package dev.gazette.local.aws;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the dynoxide executable is: {@code DYNOXIDE_BIN}, else the npm package of this platform. */
public final class DynoxideBinary {

  private DynoxideBinary() {
  }

  /**
   * @param env the process environment (for {@code DYNOXIDE_BIN})
   * @param start a directory at or under the project root, whose {@code node_modules} holds the package
   */
  public static Path locate(Map<String, String> env, Path start) {
    String explicit = env.get("DYNOXIDE_BIN");
    if (explicit != null && !explicit.isBlank()) {
      Path path = Path.of(explicit);
      if (!Files.isExecutable(path)) {
        throw new IllegalStateException("DYNOXIDE_BIN=" + explicit + " is not an executable file");
      }
      return path;
    }
    String relative = "node_modules/@dynoxide/" + platform() + "/" + executableName();
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path path = dir.resolve(relative);
      if (Files.isExecutable(path)) {
        return path;
      }
    }
    throw new IllegalStateException("dynoxide not found in " + relative + " at or above " + start.toAbsolutePath()
        + ": run `npm install` at the project root (or set DYNOXIDE_BIN to the binary)");
  }

  /** npm's platform-arch pair, e.g. {@code linux-x64}, {@code darwin-arm64}. */
  static String platform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String npmOs = os.contains("win") ? "win32" : os.contains("mac") || os.contains("darwin") ? "darwin" : "linux";
    String npmArch = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64";
    return npmOs + "-" + npmArch;
  }

  private static String executableName() {
    return platform().startsWith("win32") ? "dynoxide.exe" : "dynoxide";
  }
}
