package dev.gazette.article;

import java.time.Instant;

/**
 * A correction as an editor's request lists it, checked for form: {@code at} is null for a note
 * the editor adds now (the desk stamps it) and set for one they send back as they read it.
 */
public record CorrectionRequest(Instant at, Correction.Kind kind, String text) {

  /** Whether this is {@code kept}, as the editor read it. */
  boolean sameAs(Correction kept) {
    return kind == kept.kind() && text.equals(kept.text()) && (at == null || at.equals(kept.at()));
  }
}
