package dev.gazette.api;

import dev.gazette.article.FieldError;
import dev.gazette.article.InvalidQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code ?limit=&cursor=} of a plain paged listing, refusing anything else. */
record PageParameters(int limit, String cursor) {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  private static final Set<String> KNOWN = Set.of("limit", "cursor");
  private static final int MAX_CURSOR = 2_000;

  static PageParameters read(Map<String, String> parameters) {
    List<FieldError> errors = new ArrayList<>();
    parameters.keySet().stream().filter(name -> !KNOWN.contains(name)).sorted()
        .forEach(name -> errors.add(new FieldError(name, "is not a parameter of this listing")));
    int limit = DEFAULT_LIMIT;
    if (parameters.containsKey("limit")) {
      String text = parameters.get("limit");
      // ASCII digits only: parseInt would also read other scripts' digits.
      limit = text != null && text.matches("[0-9]{1,3}") ? Integer.parseInt(text) : -1;
      if (limit < 1 || limit > MAX_LIMIT) {
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
      }
    }
    String cursor = parameters.get("cursor");
    if (cursor != null && (cursor.isEmpty() || cursor.length() > MAX_CURSOR)) {
      errors.add(new FieldError("cursor", "is not a cursor from a previous page of this listing"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidQuery(errors);
    }
    return new PageParameters(limit, cursor);
  }
}
