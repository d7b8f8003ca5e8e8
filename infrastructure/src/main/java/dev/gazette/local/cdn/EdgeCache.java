package dev.gazette.local.cdn;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The edge's copies by cache key (the path after the viewer-request rewrite), bounded in entries
 * and bytes: the least recently read go first, as CloudFront evicts what is rarely asked for.
 */
final class EdgeCache {

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<String, CachedResponse> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  EdgeCache(int maxEntries, long maxBytes) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  synchronized Optional<CachedResponse> get(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  synchronized void put(String path, CachedResponse response) {
    if (response.body().length > maxBytes / 8) {
      return;
    }
    remove(path);
    entries.put(path, response);
    bytes += response.body().length;
    Iterator<Map.Entry<String, CachedResponse>> oldest = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || bytes > maxBytes) && oldest.hasNext()) {
      bytes -= oldest.next().getValue().body().length;
      oldest.remove();
    }
  }

  /** Drops the paths, each exact or, ending in {@code *}, every path that starts with what precedes it. */
  synchronized int invalidate(Collection<String> paths) {
    int dropped = 0;
    for (Iterator<Map.Entry<String, CachedResponse>> it = entries.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, CachedResponse> entry = it.next();
      if (paths.stream().anyMatch(path -> matches(path, entry.getKey()))) {
        bytes -= entry.getValue().body().length;
        it.remove();
        dropped++;
      }
    }
    return dropped;
  }

  synchronized int size() {
    return entries.size();
  }

  private static boolean matches(String pattern, String path) {
    return pattern.endsWith("*") ? path.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(path);
  }

  private void remove(String path) {
    CachedResponse old = entries.remove(path);
    if (old != null) {
      bytes -= old.body().length;
    }
  }
}
