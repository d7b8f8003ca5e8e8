package dev.gazette.local.aws;

import dev.gazette.local.http.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DynamoDB API (with Streams) of the local cloud: the dynoxide binary from npm, run as a
 * child process that ends with this JVM (see {@link ChildProcess}); a database file is claimed in
 * its {@link DynoxidePidFile}, so that a restart after a crash stops the emulator left behind.
 */
public final class Dynoxide implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Dynoxide.class);
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(15);

  private final Path binary;
  private final Path dbFile;
  private final int requestedPort;
  private ChildProcess child;
  private Process process;
  private DynoxidePidFile pidFile;
  private Thread shutdownHook;
  private int port;

  /**
   * @param dbFile the SQLite file that keeps the data, or {@code null} for an in-memory database
   * @param port the port to listen on, 0 for any free port
   */
  public Dynoxide(Path binary, Path dbFile, int port) {
    this.binary = binary;
    this.dbFile = dbFile == null ? null : dbFile.toAbsolutePath().normalize();
    this.requestedPort = port;
  }

  /** The binary {@link DynoxideBinary#locate} finds from the working directory, data kept in memory. */
  public static Dynoxide inMemory() {
    return new Dynoxide(DynoxideBinary.locate(System.getenv(), Path.of("")), null, 0);
  }

  public Dynoxide start() {
    port = requestedPort == 0 ? FreePort.pick() : requestedPort;
    List<String> command = new ArrayList<>(List.of(binary.toString(), "serve", "--port", String.valueOf(port)));
    if (dbFile != null) {
      createParent(dbFile);
      pidFile = new DynoxidePidFile(dbFile);
      pidFile.stopStaleEmulator();
      command.addAll(List.of("--db-path", dbFile.toString()));
    }
    try {
      child = ChildProcess.start("dynoxide", command);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("Cannot start " + binary + " (run npm install?)", e.getCause());
    }
    process = child.process();
    shutdownHook = new Thread(process::destroyForcibly, "dynoxide-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      if (pidFile != null) {
        pidFile.record(process.toHandle(), ProcessHandle.current());
      }
      awaitPort();
      if (dbFile != null) {
        DynoxideStreamIndex.addTo(dbFile);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    LOG.info("DynamoDB (dynoxide) on {}{}", endpoint(), dbFile == null ? " (in memory)" : ", data in " + dbFile);
    return this;
  }

  public int port() {
    return port;
  }

  public URI endpoint() {
    // dynoxide binds 127.0.0.1 only; "localhost" may resolve to ::1 first.
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The emulator's process, for checks that it ends when it should. */
  public ProcessHandle process() {
    return process.toHandle();
  }

  @Override
  public void close() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or ran: nothing left to unregister
    }
    if (pidFile != null && !process.isAlive()) {
      pidFile.delete();
    }
    process = null;
  }

  private void awaitPort() {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("dynoxide exited with " + process.exitValue()
            + " on port " + port + ": " + child.lastOutput());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep(20);
      }
    }
    throw new IllegalStateException("dynoxide did not open port " + port + " within " + STARTUP_TIMEOUT);
  }

  private static void createParent(Path file) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for dynoxide", e);
    }
  }
}
