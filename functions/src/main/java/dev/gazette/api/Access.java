package dev.gazette.api;

import dev.gazette.article.Editor;

/**
 * Who may call a route, checked from the token before anything else of the request is read:
 * a POST without the write scope is a 403 whatever its body holds.
 */
public enum Access {
  /** Any signed-in editor. */
  EDITOR,
  /** Any signed-in editor; drafts and scheduled articles need {@link ApiRequest#WRITE_SCOPE}. */
  EDITOR_DRAFTS_NEED_WRITE,
  /** Editors whose token holds {@link ApiRequest#WRITE_SCOPE}. */
  WRITER;

  /** The editor behind the request, once this rule lets them through (401 or 403 otherwise). */
  Editor check(ApiRequest request) {
    return this == WRITER ? request.writer() : request.editor();
  }
}
