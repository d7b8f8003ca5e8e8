package dev.gazette.article;

/** The editor's token does not allow this (HTTP 403). */
public final class NotAllowed extends RuntimeException {
  public NotAllowed(String reason) {
    super(reason);
  }
}
