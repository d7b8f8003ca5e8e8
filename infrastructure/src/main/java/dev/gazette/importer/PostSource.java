package dev.gazette.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A kind of archive the import reads ({@code jsonl}, {@code wordpress}): a file in, the posts it
 * holds out, in the file's order, with what could not be read. Adding a source is one class and
 * one line of {@link ImportCommand}.
 */
public interface PostSource {

  /** @throws IOException when the file cannot be read at all (a bad post is a problem, not an exception) */
  SourcePosts read(Path file) throws IOException;
}
