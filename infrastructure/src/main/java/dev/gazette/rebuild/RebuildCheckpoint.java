package dev.gazette.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where a rebuild stands, saved in a file after every page of every scan segment: the key each
 * segment resumes from (or that it is done), the topics seen so far, the articles rendered, and
 * the search files the segments touched, which are rendered once at the end. A run that stops
 * (Ctrl-C, expired credentials) starts again from here; the search files are saved here before
 * the articles' index records forget them, so a crash between the two still renders them.
 */
final class RebuildCheckpoint {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The state of one scan segment. */
  static final class Segment {
    public Map<String, String> nextKey = new LinkedHashMap<>();
    public boolean done;
  }

  /** The file's content (public fields: Jackson reads and writes them as they are). */
  static final class State {
    public int segments;
    public Map<Integer, Segment> progress = new LinkedHashMap<>();
    public TreeSet<String> topics = new TreeSet<>();
    public long articles;
    /** Encoded page ids ({@code PageId.encode}) of the search files left for the end. */
    public TreeSet<String> searchPages = new TreeSet<>();
  }

  private final Path file;
  private final State state;

  private RebuildCheckpoint(Path file, State state) {
    this.file = file;
    this.state = state;
  }

  /**
   * The saved state, or a fresh one for {@code segments} segments if there is none. A checkpoint
   * of another split starts the scan over but keeps the topics and search files saved so far:
   * articles whose index records forgot them count on this file to render them.
   */
  static RebuildCheckpoint load(Path file, int segments) {
    State fresh = new State();
    try {
      if (Files.exists(file)) {
        State saved = JSON.readValue(file.toFile(), State.class);
        if (saved.segments == segments) {
          return new RebuildCheckpoint(file, saved);
        }
        fresh.topics.addAll(saved.topics);
        fresh.searchPages.addAll(saved.searchPages);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the checkpoint " + file + " (delete it to start over)", e);
    }
    fresh.segments = segments;
    for (int i = 0; i < segments; i++) {
      fresh.progress.put(i, new Segment());
    }
    return new RebuildCheckpoint(file, fresh);
  }

  synchronized Segment segment(int index) {
    return state.progress.get(index);
  }

  synchronized void pageDone(int index, Map<String, String> nextKey, Iterable<String> topics, int articles) {
    pageDone(index, nextKey, topics, articles, List.of());
  }

  /** A scan page is done: where its segment resumes, and what it leaves for the end. */
  synchronized void pageDone(int index, Map<String, String> nextKey, Iterable<String> topics, int articles,
      Iterable<String> searchPages) {
    Segment segment = state.progress.get(index);
    segment.nextKey = new LinkedHashMap<>(nextKey);
    segment.done = nextKey.isEmpty();
    topics.forEach(state.topics::add);
    searchPages.forEach(state.searchPages::add);
    state.articles += articles;
    save();
  }

  synchronized TreeSet<String> searchPages() {
    return new TreeSet<>(state.searchPages);
  }

  synchronized TreeSet<String> topics() {
    return new TreeSet<>(state.topics);
  }

  synchronized long articles() {
    return state.articles;
  }

  synchronized long segmentsDone() {
    return state.progress.values().stream().filter(segment -> segment.done).count();
  }

  /** The run is complete: the next one starts over. */
  synchronized void finish() {
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
      Path next = Files.createTempFile(parent, "rebuild", ".json");
      JSON.writerWithDefaultPrettyPrinter().writeValue(next.toFile(), state);
      // A crash mid-write leaves the previous checkpoint, never half of one.
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the checkpoint " + file, e);
    }
  }
}
