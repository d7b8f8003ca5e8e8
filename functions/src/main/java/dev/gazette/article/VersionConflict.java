package dev.gazette.article;

/** The article changed since the caller read it: their write would lose someone's edit. */
public final class VersionConflict extends RuntimeException {
  public VersionConflict(String id, long expectedVersion) {
    super("article " + id + " is no longer at version " + expectedVersion);
  }
}
