package dev.gazette.article;

import java.time.Instant;

/**
 * One saved version of an article as its history lists it: which, when, who saved it and what
 * changed. The version itself, whole, is read with {@link ArticleStore#revision}.
 *
 * @param by null for versions saved before the desk recorded who saved
 */
public record Revision(long version, Instant updatedAt, SavedBy by, String summary) {

  /** The entry of {@code next}, saved over {@code previous} (null for the first version). */
  public static Revision of(Article previous, Article next) {
    return new Revision(next.version(), next.updatedAt(), next.savedBy(), RevisionSummary.between(previous, next));
  }
}
