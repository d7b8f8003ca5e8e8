package dev.gazette.local.aws;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An emulator run as a child process, its output drained (the last lines kept for an error
 * message). On Linux it is started through util-linux's {@code setpriv --pdeathsig KILL}, so the
 * kernel ends it when this JVM ends, even by {@code kill -9}; elsewhere {@link DynoxidePidFile}
 * finds it at the next start.
 */
final class ChildProcess {

  private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
  private static final int KEPT_LINES = 20;

  private final Process process;
  private final Deque<String> lastOutput;

  private ChildProcess(Process process, Deque<String> lastOutput) {
    this.process = process;
    this.lastOutput = lastOutput;
  }

  /**
   * Starts the command on a thread of its own that then reads its output until it ends. The
   * parent-death signal fires when the thread that started the child ends, not the JVM: this
   * thread lives exactly as long as the child.
   */
  static ChildProcess start(String name, List<String> command) {
    Deque<String> lastOutput = new ConcurrentLinkedDeque<>();
    CompletableFuture<Process> started = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      Process child;
      try {
        child = new ProcessBuilder(endingWithThisJvm(command)).redirectErrorStream(true).start();
      } catch (IOException | RuntimeException e) {
        started.completeExceptionally(e);
        return;
      }
      started.complete(child);
      drain(name, child, lastOutput);
    }, name + "-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new ChildProcess(started.join(), lastOutput);
    } catch (CompletionException e) {
      throw e.getCause() instanceof IOException io
          ? new UncheckedIOException("Cannot start " + command.get(0), io) : e;
    }
  }

  Process process() {
    return process;
  }

  String lastOutput() {
    return String.join("\n", lastOutput);
  }

  private static void drain(String name, Process child, Deque<String> lastOutput) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        LOG.debug("{}: {}", name, line);
        lastOutput.addLast(line);
        if (lastOutput.size() > KEPT_LINES) {
          lastOutput.pollFirst();
        }
      }
    } catch (IOException closed) {
      // the process is gone
    }
  }

  private static List<String> endingWithThisJvm(List<String> command) {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return command;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
      Path setpriv = Path.of(dir, "setpriv");
      if (Files.isExecutable(setpriv)) {
        List<String> wrapped = new ArrayList<>(List.of(setpriv.toString(), "--pdeathsig", "KILL"));
        wrapped.addAll(command);
        return wrapped;
      }
    }
    return command;
  }
}
