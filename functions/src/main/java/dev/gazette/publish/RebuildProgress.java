package dev.gazette.publish;

import java.util.Collection;
import java.util.Set;

/**
 * Where a rebuild fanned out in chunks stands, in one place every chunk updates: how many chunks
 * there are, which are done, how many articles they rendered, and what they left for the end
 * (the search files and topics the shared pages are rendered from). Every call is safe to repeat:
 * a chunk delivered twice counts once.
 */
public interface RebuildProgress {

  /** Opens a run of {@code chunks} chunks; opening it again changes nothing. */
  void start(String run, int chunks, boolean force);

  /** Saves what a chunk leaves for the end, before its articles' index records forget it. */
  void leave(String run, Collection<String> topics, Collection<PageId> sharedPages);

  /** Records a chunk as done, once, with the articles it rendered; returns the run's state after. */
  Status chunkDone(String run, int chunk, long articles);

  /** The run's state; a run never started has no chunks. */
  Status status(String run);

  /** What the chunks left for the end. */
  Shared shared(String run);

  /** The shared pages are written: the run is over. */
  void finished(String run);

  /** How far a run is. */
  record Status(int chunks, int done, long articles, boolean force, boolean finished) {
    public boolean allChunksDone() {
      return chunks > 0 && done >= chunks;
    }
  }

  /** The topics seen and the search files touched by every chunk. */
  record Shared(Set<String> topics, Set<PageId> pages) {}
}
