package dev.gazette.local.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which dynoxide serves a database file, and for which JVM: {@code <db>.pid} beside it. After a
 * {@code kill -9} of the local cloud its dynoxide can outlive it; the next start finds it here and
 * stops it, so that two emulators never write one SQLite file. A process is stopped only if it is
 * the one recorded (same pid and start time) and its command line names this database: a pid the
 * system gave to another program since is left alone.
 */
final class DynoxidePidFile {

  private static final Logger LOG = LoggerFactory.getLogger(DynoxidePidFile.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the file holds; start times are ISO instants, absent where the system does not tell them. */
  record Entry(long pid, String started, long ownerPid, String ownerStarted, String database) {
  }

  private final Path database;
  private final Path file;

  DynoxidePidFile(Path database) {
    this.database = database.toAbsolutePath().normalize();
    this.file = this.database.resolveSibling(this.database.getFileName() + ".pid");
  }

  Path file() {
    return file;
  }

  /**
   * Stops the dynoxide a local cloud that is gone left serving this database. Refuses to go on if
   * the local cloud that started it still runs: two clouds must not share one data directory.
   */
  void stopStaleEmulator() {
    Optional<Entry> entry = read();
    if (entry.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> emulator = running(entry.get().pid(), entry.get().started())
        .filter(process -> process.info().commandLine().orElse("").contains(database.toString()));
    if (emulator.isEmpty()) {
      return;
    }
    if (running(entry.get().ownerPid(), entry.get().ownerStarted()).isPresent()) {
      throw new IllegalStateException(database + " is in use by dynoxide (pid " + entry.get().pid()
          + ") of the local cloud in process " + entry.get().ownerPid()
          + ", which still runs: stop it first, or give this one another data directory");
    }
    LOG.warn("Stopping dynoxide (pid {}) left serving {} by a local cloud that is gone (process {})",
        entry.get().pid(), database, entry.get().ownerPid());
    stop(emulator.get());
  }

  /** Records the emulator just started for this database and the JVM that owns it. */
  void record(ProcessHandle emulator, ProcessHandle owner) {
    write(new Entry(emulator.pid(), started(emulator), owner.pid(), started(owner), database.toString()));
  }

  void write(Entry entry) {
    try {
      Files.createDirectories(file.getParent());
      JSON.writeValue(file.toFile(), entry);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Cannot delete {}: {}", file, e.toString());
    }
  }

  private Optional<Entry> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), Entry.class));
    } catch (IOException e) {
      LOG.warn("Ignoring unreadable {}: {}", file, e.toString());
      return Optional.empty();
    }
  }

  /** The live process with this pid, if it is the one that started at {@code started}. */
  private static Optional<ProcessHandle> running(long pid, String started) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(process -> started == null || Objects.equals(started, started(process)));
  }

  private static String started(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toString).orElse(null);
  }

  private static void stop(ProcessHandle process) {
    process.destroy();
    try {
      process.onExit().get(5, TimeUnit.SECONDS);
    } catch (TimeoutException stillThere) {
      process.destroyForcibly();
      process.onExit().orTimeout(5, TimeUnit.SECONDS).join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping dynoxide " + process.pid(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot stop dynoxide " + process.pid(), e);
    }
  }
}
