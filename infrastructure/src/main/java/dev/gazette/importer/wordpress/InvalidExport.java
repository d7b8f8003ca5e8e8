package dev.gazette.importer.wordpress;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a WordPress export the import can read at all: nothing of it is imported. */
public final class InvalidExport extends IOException {
  InvalidExport(Path file, int line, int column, String reason) {
    super(file + ", line " + line + ", column " + column + ": " + reason);
  }

  InvalidExport(Path file, String reason) {
    super(file + ": " + reason);
  }
}
