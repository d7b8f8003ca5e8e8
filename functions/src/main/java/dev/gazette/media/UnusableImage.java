package dev.gazette.media;

import java.util.Objects;

/**
 * An upload that cannot become renditions, with a message an editor can act on ("truncated: the
 * upload ended early, send it again"). The kind lets the API pick its status once.
 */
public final class UnusableImage extends RuntimeException {

  /** Why, in a word the API can map: TOO_LARGE to 413, the format kinds to 415, the rest to 422. */
  public enum Kind {
    NOT_AN_IMAGE,
    UNSUPPORTED_FORMAT,
    TYPE_MISMATCH,
    TOO_LARGE,
    TOO_SMALL,
    ANIMATED,
    TRUNCATED,
    DAMAGED
  }

  private final Kind kind;

  public UnusableImage(Kind kind, String message) {
    this(kind, message, null);
  }

  /** With the decoder's own exception kept for the logs (its words are not for editors). */
  public UnusableImage(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }
}
