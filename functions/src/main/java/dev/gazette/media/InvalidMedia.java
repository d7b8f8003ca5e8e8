package dev.gazette.media;

import dev.gazette.article.FieldError;
import java.util.List;

/** An announced upload or a change to a picture breaks the rules; every broken rule is listed. */
public final class InvalidMedia extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidMedia(List<FieldError> errors) {
    super("invalid media: " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
