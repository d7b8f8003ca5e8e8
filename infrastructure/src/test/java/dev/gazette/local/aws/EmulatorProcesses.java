package dev.gazette.local.aws;

import java.nio.file.Path;
import java.util.List;

/** The dynoxide processes of this machine serving one database file, found by their command line. */
public final class EmulatorProcesses {

  private EmulatorProcesses() {
  }

  public static List<ProcessHandle> serving(Path database) {
    String path = database.toAbsolutePath().normalize().toString();
    return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
        .filter(process -> process.info().commandLine()
            .map(line -> line.contains("dynoxide") && line.contains("--db-path " + path)).orElse(false))
        .toList();
  }
}
