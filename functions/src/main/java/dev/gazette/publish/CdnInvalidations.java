package dev.gazette.publish;

import java.util.Set;

/**
 * Tells the CDN to forget its cached copies of pages that changed in a way readers must see at
 * once (a correction, an unpublish, a delete, a slug change); shared pages rely on short cache
 * lifetimes instead. The Publisher calls it once per invocation with every such path.
 */
public interface CdnInvalidations {

  /** For a Publisher without a CDN in front of it (tests, a bucket read directly). */
  CdnInvalidations NONE = paths -> {};

  /**
   * Asks the CDN to drop these URL paths (as readers ask for them, {@code /articles/x/}).
   *
   * @throws RuntimeException when the CDN keeps refusing, after retrying
   */
  void invalidate(Set<String> paths);
}
