package dev.gazette.api;

import dev.gazette.article.Editor;

/**
 * One request that passed its route's access and body rules: the editor it is for, the body
 * as text (null when the route takes none), and what the operation may still ask of it.
 */
record Call(ApiRequest request, Editor editor, String body, String requestId) {

  /** The article the path names ({@code /articles/{id}}). */
  String id() {
    return request.pathParameter("id");
  }

  /** The version {@code If-Match} names: 428 when absent. */
  long expectedVersion() {
    return Preconditions.expectedVersion(request);
  }

  /** For routes open to every editor whose drafts are not: 403 unless the token may write. */
  void requireDraftAccess() {
    request.writer();
  }
}
