package dev.gazette.publish;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The CDN's redirect map as a map, counting the writes made to it. */
public final class InMemoryRedirectMap implements RedirectMap {
  public final Map<String, String> entries = new ConcurrentHashMap<>();
  public final AtomicInteger writes = new AtomicInteger();

  @Override
  public Optional<String> target(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  @Override
  public void put(String path, String target) {
    writes.incrementAndGet();
    entries.put(path, target);
  }

  @Override
  public void remove(String path) {
    writes.incrementAndGet();
    entries.remove(path);
  }
}
