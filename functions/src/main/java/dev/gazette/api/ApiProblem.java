package dev.gazette.api;

import dev.gazette.article.FieldError;
import java.util.List;

/**
 * A client mistake found at the HTTP edge (bad JSON, wrong media type, missing precondition,
 * missing token), carried to the one place that turns failures into problem responses.
 */
final class ApiProblem extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final List<FieldError> errors;

  ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  ApiProblem(int status, String type, String title, String detail) {
    this(status, type, title, detail, List.of());
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String title() {
    return title;
  }

  List<FieldError> errors() {
    return errors;
  }

  static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "unauthorized", "Unauthorized", detail);
  }

  static ApiProblem malformed(String detail, List<FieldError> errors) {
    return new ApiProblem(400, "malformed-request", "Malformed request", detail, errors);
  }
}
