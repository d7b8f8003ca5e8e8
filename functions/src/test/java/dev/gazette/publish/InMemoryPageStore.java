package dev.gazette.publish;

import dev.gazette.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** A fake bucket: the site's files in a sorted map. */
public final class InMemoryPageStore implements PageStore {
  public final Map<String, RenderedFile> files = new TreeMap<>();

  @Override
  public synchronized void put(RenderedFile file) {
    files.put(file.key(), file);
  }

  @Override
  public synchronized void delete(String key) {
    files.remove(key);
  }

  public synchronized String text(String key) {
    return new String(files.get(key).bytes(), StandardCharsets.UTF_8);
  }
}
