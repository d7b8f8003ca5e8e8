package dev.gazette.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule of an article's corrections: while it is a draft the editor may rewrite them freely;
 * once it is published the list only grows. The notes it had must come back first, unchanged and
 * in order; what follows is new and is stamped now (or keeps the time an import gives it).
 */
final class CorrectionLog {
  private CorrectionLog() {}

  /**
   * The corrections {@code current} will have after the editor asked for {@code requested}
   * (null: the request did not name them, they stay as they are).
   *
   * @throws InvalidArticle when a new note is dated in the future
   * @throws CorrectionsAppendOnly when a published article's note would be changed or removed
   */
  static List<Correction> next(Article current, List<CorrectionRequest> requested, Instant now) {
    if (requested == null) {
      return current.corrections();
    }
    List<Correction> kept = current.corrections();
    boolean appendOnly = current.isPublished();
    List<FieldError> errors = new ArrayList<>();
    List<FieldError> invalid = new ArrayList<>();
    List<Correction> next = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      CorrectionRequest asked = requested.get(i);
      if (appendOnly && i < kept.size()) {
        if (!asked.sameAs(kept.get(i))) {
          errors.add(new FieldError("corrections[" + i + "]",
              "was published and cannot be changed: send it back as you read it, and add new notes after it"));
        }
        next.add(kept.get(i));
        continue;
      }
      Instant at = asked.at() != null ? asked.at() : now;
      if (asked.at() != null && asked.at().isAfter(now)) {
        invalid.add(new FieldError("corrections[" + i + "].at", "must not be in the future"));
      }
      next.add(new Correction(at, asked.kind(), asked.text()));
    }
    if (appendOnly && requested.size() < kept.size()) {
      errors.add(new FieldError("corrections", "a published article keeps its " + kept.size()
          + " correction(s): they cannot be removed, only added to"));
    }
    if (!invalid.isEmpty()) {
      throw new InvalidArticle(invalid);
    }
    if (!errors.isEmpty()) {
      throw new CorrectionsAppendOnly(errors);
    }
    return List.copyOf(next);
  }
}
