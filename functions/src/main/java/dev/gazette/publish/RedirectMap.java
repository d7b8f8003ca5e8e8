package dev.gazette.publish;

import java.util.Map;
import java.util.Optional;

/**
 * The CDN's map of old addresses to new ones (a CloudFront KeyValueStore read by the site's
 * viewer-request function): an address in it answers 301 before the cache is consulted. Keys are
 * the paths readers ask for ({@code /articles/old/}), values the paths they moved to.
 */
public interface RedirectMap {

  /** For a Publisher without such a map (tests, hosting without CloudFront): the meta-refresh pages remain. */
  RedirectMap NONE = new RedirectMap() {
    @Override
    public Optional<String> target(String path) {
      return Optional.empty();
    }

    @Override
    public void put(String path, String target) {}

    @Override
    public void remove(String path) {}
  };

  /** Where this address points now, if anywhere. */
  Optional<String> target(String path);

  /** Points this address to another (replacing what it pointed to). */
  void put(String path, String target);

  /** Points these addresses to theirs, in as few writes as the map allows (an archive brings thousands). */
  default void putAll(Map<String, String> targets) {
    targets.forEach(this::put);
  }

  /** Removes this address from the map; nothing happens if it is not there. */
  void remove(String path);
}
