package dev.gazette.publish;

import dev.gazette.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A fake bucket: the site's files in a sorted map. */
public final class InMemoryPageStore implements PageStore {
  public final Map<String, RenderedFile> files = new TreeMap<>();
  /** Every key written, in the order the writes came. */
  public final List<String> writes = new ArrayList<>();
  /** Keys whose writes fail, as a bucket that keeps refusing. */
  public final Set<String> refused = new HashSet<>();

  @Override
  public synchronized void put(RenderedFile file) {
    if (refused.contains(file.key())) {
      throw new IllegalStateException("refused: " + file.key());
    }
    files.put(file.key(), file);
    writes.add(file.key());
  }

  @Override
  public synchronized void delete(String key) {
    files.remove(key);
  }

  public synchronized String text(String key) {
    return new String(files.get(key).bytes(), StandardCharsets.UTF_8);
  }
}
