package dev.gazette.article;

import java.util.Locale;
import java.util.Optional;

/** Where an article stands: only published articles ever reach readers. */
public enum Status {
  DRAFT,
  /** Published automatically at the article's publishAt. */
  SCHEDULED,
  PUBLISHED;

  /** The word used in the API and in the table. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Status> fromWireName(String value) {
    for (Status status : values()) {
      if (status.wireName().equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
