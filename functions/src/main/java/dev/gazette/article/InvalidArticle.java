package dev.gazette.article;

import java.util.List;

/** The editor's input breaks the rules; every broken rule is listed. */
public final class InvalidArticle extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidArticle(List<FieldError> errors) {
    super("invalid article: " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
