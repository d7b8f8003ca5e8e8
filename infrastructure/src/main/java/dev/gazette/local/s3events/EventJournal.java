package dev.gazette.local.s3events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of one function's asynchronous queue that are not yet done, kept in a file: a line
 * when one is queued, a line when it is done (invoked or given up). An event queued before a stop
 * or a crash is invoked after the restart, so that delivery is at least once, as S3 promises.
 */
final class EventJournal {

  private static final Logger LOG = LoggerFactory.getLogger(EventJournal.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An event waiting in the queue: Lambda's request id for it, when it was queued, the event's JSON. */
  record Queued(String requestId, Instant queuedAt, String event) {
  }

  private final Path file;
  private int open;

  EventJournal(Path file) {
    this.file = file;
  }

  /** The events queued and not done, oldest first; the file is rewritten to hold only them. */
  synchronized List<Queued> recover() {
    if (!Files.exists(file)) {
      return List.of();
    }
    Map<String, Queued> pending = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode entry;
        try {
          entry = JSON.readTree(line);
        } catch (IOException torn) {
          // The last line of a crash may be cut short: what it said was never acted on.
          LOG.warn("Skipping an unreadable line of {}", file);
          continue;
        }
        if (entry.has("done")) {
          pending.remove(entry.get("done").asText());
        } else {
          pending.put(entry.get("requestId").asText(), new Queued(entry.get("requestId").asText(),
              Instant.parse(entry.get("queuedAt").asText()), entry.get("event").asText()));
        }
      }
      Path compacted = file.resolveSibling(file.getFileName() + ".tmp");
      List<String> lines = new ArrayList<>();
      for (Queued queued : pending.values()) {
        lines.add(queuedLine(queued));
      }
      Files.write(compacted, lines, StandardCharsets.UTF_8);
      Files.move(compacted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the event queue " + file + " (delete it to start over)", e);
    }
    open = pending.size();
    return List.copyOf(pending.values());
  }

  synchronized void queued(Queued event) {
    append(queuedLine(event));
    open++;
  }

  /** The event is done with; once none is open the file is emptied, so it never outgrows the queue. */
  synchronized void done(String requestId) {
    open--;
    if (open <= 0) {
      open = 0;
      try {
        Files.write(file, new byte[0]);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot empty the event queue " + file, e);
      }
      return;
    }
    append(write(Map.of("done", requestId)));
  }

  private String queuedLine(Queued event) {
    return write(Map.of("requestId", event.requestId(), "queuedAt", event.queuedAt().toString(),
        "event", event.event()));
  }

  private void append(String line) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to the event queue " + file, e);
    }
  }

  private static String write(Map<String, String> entry) {
    try {
      return JSON.writeValueAsString(entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
