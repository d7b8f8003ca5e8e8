package dev.gazette.media;

import java.util.Set;

/** A picture published articles show cannot be deleted: their pages would lose it. */
public final class MediaInUse extends RuntimeException {
  private final Set<String> articleIds;

  public MediaInUse(String id, Set<String> articleIds) {
    super("media " + id + " is shown by " + articleIds.size() + " published article(s)");
    this.articleIds = Set.copyOf(articleIds);
  }

  public Set<String> articleIds() {
    return articleIds;
  }
}
