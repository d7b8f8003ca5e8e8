package dev.gazette.publish;

import dev.gazette.render.RenderedFile;
import java.util.List;
import java.util.function.Supplier;

/**
 * One page to bring up to date (an article, a topic's front, a month bucket…): the page its
 * ticket is for, and how to render it from the table's current state. Rendering may be repeated.
 */
record PageJob(PageId page, Supplier<Output> render) {

  /** The files a page consists of now, and the keys that must no longer exist. */
  record Output(List<RenderedFile> files, List<String> deletions) {
    static Output of(List<RenderedFile> files) {
      return new Output(files, List.of());
    }

    static Output gone(List<String> keys) {
      return new Output(List.of(), keys);
    }
  }
}
