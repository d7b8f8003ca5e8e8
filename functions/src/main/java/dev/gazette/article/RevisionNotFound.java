package dev.gazette.article;

/** The article has no revision with this version. */
public final class RevisionNotFound extends RuntimeException {
  public RevisionNotFound(String id, long version) {
    super("article " + id + " has no revision " + version);
  }
}
