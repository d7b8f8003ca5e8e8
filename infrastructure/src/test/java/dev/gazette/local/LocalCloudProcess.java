package dev.gazette.local;

import dev.gazette.local.http.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./gazette up} as a separate JVM, the way the script starts it (this test JVM's classpath,
 * the checkout as working directory), on the given ports and data directory; its output goes to a
 * log file beside the data.
 */
final class LocalCloudProcess implements AutoCloseable {
  private static final String READY = "Gazette local cloud is running.";

  private final Process process;
  private final Path log;
  private final int apiPort;
  private final int cdnPort;

  private LocalCloudProcess(Process process, Path log, int apiPort, int cdnPort) {
    this.process = process;
    this.log = log;
    this.apiPort = apiPort;
    this.cdnPort = cdnPort;
  }

  /** Starts the local cloud and waits until it says it serves. */
  static LocalCloudProcess start(Path dataDir, int apiPort, int cdnPort, Path log, Duration timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
        "-Dgazette.root=" + ProjectRoot.find(),
        LocalCloud.class.getName(),
        "--api-port", String.valueOf(apiPort), "--cdn-port", String.valueOf(cdnPort),
        // Its own identity provider port: a ./gazette up on the machine keeps the default one.
        "--idp-port", String.valueOf(FreePort.pick()), "--data", dataDir.toString(), "--no-sample"));
    Process process = new ProcessBuilder(command).directory(ProjectRoot.find().toFile())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    LocalCloudProcess cloud = new LocalCloudProcess(process, log, apiPort, cdnPort);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!cloud.output().contains(READY)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new AssertionError("The local cloud did not start:\n" + cloud.output());
      }
      Thread.sleep(100);
    }
    return cloud;
  }

  URI apiUrl() {
    return URI.create("http://localhost:" + apiPort);
  }

  URI cdnUrl() {
    return URI.create("http://localhost:" + cdnPort);
  }

  /** {@code kill -9}: the JVM gets no chance to stop anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  String output() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ctrl-C: the shutdown hook lets the cloud stop everything it started. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
