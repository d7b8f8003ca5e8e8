package dev.gazette.article;

import java.util.List;

/** The request would change or remove a published article's correction: they are a public record. */
public final class CorrectionsAppendOnly extends RuntimeException {
  private final List<FieldError> errors;

  public CorrectionsAppendOnly(List<FieldError> errors) {
    super("corrections are append-only: " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
