package dev.gazette.article;

import java.util.List;

/** A listing's parameters (status, topic, limit, cursor) make no sense; every problem is listed. */
public final class InvalidQuery extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidQuery(List<FieldError> errors) {
    super("invalid query: " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
