package dev.gazette.api;

import dev.gazette.article.ArticleQuery;
import dev.gazette.article.FieldError;
import dev.gazette.article.InvalidQuery;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code ?status=&topic=&limit=&cursor=} of a listing, refusing anything else. */
final class ArticleQueryParameters {
  private static final Set<String> KNOWN = Set.of("status", "topic", "limit", "cursor");
  /** Longer than any cursor the store makes; a longer one is not worth decoding. */
  private static final int MAX_CURSOR = 2_000;

  private ArticleQueryParameters() {}

  static ArticleQuery read(Map<String, String> parameters) {
    List<FieldError> errors = new ArrayList<>();
    parameters.keySet().stream().filter(name -> !KNOWN.contains(name)).sorted()
        .forEach(name -> errors.add(new FieldError(name, "is not a parameter of this listing")));
    Status status = null;
    if (parameters.containsKey("status")) {
      status = Status.fromWireName(parameters.get("status")).orElse(null);
      if (status == null) {
        errors.add(new FieldError("status", "must be draft, scheduled or published"));
      }
    }
    Slug topic = null;
    if (parameters.containsKey("topic")) {
      topic = Slug.parse(parameters.get("topic")).orElse(null);
      if (topic == null) {
        errors.add(new FieldError("topic", "must be a topic's slug, such as economie"));
      }
    }
    int limit = ArticleQuery.DEFAULT_LIMIT;
    if (parameters.containsKey("limit")) {
      String text = parameters.get("limit");
      // ASCII digits only: parseInt would also read other scripts' digits.
      limit = text != null && text.matches("[0-9]{1,3}") ? Integer.parseInt(text) : -1;
      if (limit < 1 || limit > ArticleQuery.MAX_LIMIT) {
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + ArticleQuery.MAX_LIMIT));
      }
    }
    String cursor = parameters.get("cursor");
    if (cursor != null && (cursor.isEmpty() || cursor.length() > MAX_CURSOR)) {
      errors.add(new FieldError("cursor", "is not a cursor from a previous page of this listing"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidQuery(errors);
    }
    return new ArticleQuery(status, topic, limit, cursor);
  }

  /** For operations that take no parameters. */
  static void refuseAll(Map<String, String> parameters) {
    if (!parameters.isEmpty()) {
      throw new InvalidQuery(parameters.keySet().stream().sorted()
          .map(name -> new FieldError(name, "is not a parameter of this operation")).toList());
    }
  }
}
