package dev.gazette.importer.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * Where an import stands, saved after every batch: which file (by the hash of its bytes), when
 * the run began (undated drafts are dated by it, so a resumed run writes the same items), how
 * many of its posts are done and the report so far. A run that stops starts again after the last
 * whole batch; what the stopped batch half wrote is written again identically.
 */
final class ImportCheckpoint {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file's content (public fields: Jackson reads and writes them as they are). */
  static final class State {
    public String source;
    public String startedAt;
    public int postsDone;
    public ImportReport report = new ImportReport();
  }

  private final Path file;
  private final State state;
  private final boolean resumed;

  private ImportCheckpoint(Path file, State state, boolean resumed) {
    this.file = file;
    this.state = state;
    this.resumed = resumed;
  }

  /** The saved state of an import of this source, or a fresh one begun {@code now}. */
  static ImportCheckpoint load(Path file, String source, Instant now) {
    try {
      if (Files.exists(file)) {
        State saved = JSON.readValue(file.toFile(), State.class);
        if (source.equals(saved.source)) {
          return new ImportCheckpoint(file, saved, true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the checkpoint " + file + " (delete it to start over)", e);
    }
    State fresh = new State();
    fresh.source = source;
    fresh.startedAt = now.toString();
    return new ImportCheckpoint(file, fresh, false);
  }

  boolean resumed() {
    return resumed;
  }

  Instant startedAt() {
    return Instant.parse(state.startedAt);
  }

  int postsDone() {
    return state.postsDone;
  }

  ImportReport report() {
    return state.report;
  }

  void batchDone(int postsDone) {
    state.postsDone = postsDone;
    save();
  }

  /** The import is complete: the next one starts over (and finds everything there). */
  void finish() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void save() {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path next = Files.createTempFile(parent, "import", ".json");
      JSON.writerWithDefaultPrettyPrinter().writeValue(next.toFile(), state);
      // A crash mid-write leaves the previous checkpoint, never half of one.
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the checkpoint " + file, e);
    }
  }
}
