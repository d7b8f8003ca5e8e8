package dev.gazette.article;

import java.util.Objects;

/**
 * Who made a version of an article, as their token named them ({@code sub}, {@code name}): the
 * editor of record of a revision. The schedule signs the publications it makes as {@link #SCHEDULE}.
 */
public record SavedBy(String subject, String name) {
  public static final SavedBy SCHEDULE = new SavedBy("gazette:schedule", "Publication programmée");

  public SavedBy {
    Objects.requireNonNull(subject, "subject");
  }

  public static SavedBy of(Editor editor) {
    return new SavedBy(editor.subject(), editor.name());
  }
}
