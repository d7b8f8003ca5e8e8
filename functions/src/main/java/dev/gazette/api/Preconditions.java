package dev.gazette.api;

import dev.gazette.article.Article;

/**
 * Optimistic locking over HTTP: an article's ETag is its version, and every change must name
 * the version it was made from in {@code If-Match}.
 */
final class Preconditions {
  private Preconditions() {}

  static String etag(Article article) {
    return "\"" + article.version() + "\"";
  }

  /** The version named by If-Match: 428 when absent, 400 when it is not one of our ETags. */
  static long expectedVersion(ApiRequest request) {
    String ifMatch = request.header("if-match")
        .orElseThrow(() -> new ApiProblem(428, "precondition-required", "Precondition Required",
            "Send If-Match with the ETag you read, so that no one's change is lost."))
        .strip();
    if (ifMatch.length() < 3 || !ifMatch.startsWith("\"") || !ifMatch.endsWith("\"")) {
      throw invalid();
    }
    String digits = ifMatch.substring(1, ifMatch.length() - 1);
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      throw invalid();
    }
    return Long.parseLong(digits);
  }

  private static ApiProblem invalid() {
    // "*" is refused too: it would let a blind overwrite through.
    return new ApiProblem(400, "invalid-precondition", "Bad Request",
        "If-Match must be the ETag of the article as you read it, such as \"3\".");
  }
}
