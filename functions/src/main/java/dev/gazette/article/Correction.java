package dev.gazette.article;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A note the newsroom adds to an article after readers saw it: what was wrong, unclear or has
 * moved on, and when. Once the article is published its notes are a public record: they are
 * appended, never changed or removed ({@link CorrectionLog}).
 */
public record Correction(Instant at, Kind kind, String text) {
  public static final int MAX_TEXT = 1_000;
  /**
   * More notes than this means the article needs rewriting, not another note; and 20 notes of
   * 1 000 characters (60 KB at three UTF-8 bytes each) beside the longest body still fit in a
   * 400 KB DynamoDB item, the article's and its revision's.
   */
  public static final int MAX_COUNT = 20;

  public Correction {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** What the note does: puts a mistake right, makes something clearer, or brings news. */
  public enum Kind {
    CORRECTION,
    CLARIFICATION,
    UPDATE;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromWireName(String value) {
      for (Kind kind : values()) {
        if (kind.wireName().equals(value)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }
}
