package dev.gazette.api;

/** What a route accepts as its body, read (media type, size, UTF-8) only after access is checked. */
enum BodyRule {
  /** Reads ignore a body, as HTTP allows. */
  IGNORED,
  /** Actions take none: a body is a 400, so a mistaken client learns at once. */
  NONE,
  /** An article as {@code application/json}. */
  JSON,
  /** A JSON merge patch (RFC 7396), or plain JSON. */
  MERGE_PATCH;

  /** The body as text; null when the route takes none. */
  String read(ApiRequest request) {
    return switch (this) {
      case IGNORED -> null;
      case NONE -> {
        request.noBody();
        yield null;
      }
      case JSON -> request.jsonBody();
      case MERGE_PATCH -> request.mergePatchBody();
    };
  }
}
