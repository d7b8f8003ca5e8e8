package dev.gazette.e2e;

import static dev.gazette.e2e.DocumentedAnswer.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

/** The 422 of each operation that takes an Idempotency-Key: the key sent again with another request. */
final class RepeatedRequestAnswers {
  private static final String JSON = "application/json";

  private RepeatedRequestAnswers() {
  }

  static List<DocumentedAnswer> all() {
    return List.of(
        of("POST /articles", 422, calls -> twice(calls, "POST", "/articles", null, null,
            calls.article("Conformité : clé réutilisée", "draft").toString(),
            calls.article("Conformité : clé réutilisée, autre texte", "draft").toString())),
        of("PUT /articles/{id}", 422, calls -> {
          String path = calls.draftPath("Conformité : remplacé deux fois");
          return twice(calls, "PUT", path, "\"1\"", "\"1\"",
              calls.article("Conformité : remplacé une fois", "draft").toString(),
              calls.article("Conformité : remplacé autrement", "draft").toString());
        }),
        of("PATCH /articles/{id}", 422, calls -> twice(calls, "PATCH", calls.draftPath("Conformité : corrigé deux fois"),
            "\"1\"", "\"1\"", "{\"location\": \"Rabat\"}", "{\"location\": \"Fès\"}")),
        of("DELETE /articles/{id}", 422, calls -> twice(calls, "DELETE", calls.draftPath("Conformité : supprimé"),
            "\"1\"", "\"2\"", null, null)),
        of("POST /articles/{id}/publish", 422, calls -> twice(calls, "POST",
            calls.draftPath("Conformité : publié deux fois") + "/publish", "\"1\"", "\"2\"", null, null)),
        of("POST /articles/{id}/unpublish", 422, calls -> twice(calls, "POST",
            calls.draftPath("Conformité : dépublié deux fois") + "/unpublish", "\"1\"", "\"2\"", null, null)),
        of("POST /media", 422, calls -> twice(calls, "POST", "/media", null, null,
            calls.announcement("cle.jpg", "image/jpeg", 1000).toString(),
            calls.announcement("autre.jpg", "image/jpeg", 1000).toString())));
  }

  /** The first request succeeds; the second, under the same key, asks something else. */
  private static Answer twice(ApiCalls calls, String method, String path, String firstIfMatch, String secondIfMatch,
      String firstBody, String secondBody) {
    String key = UUID.randomUUID().toString();
    Answer first = calls.send(method, path, calls.writer, firstIfMatch, firstBody == null ? null : JSON, firstBody, key);
    assertThat(first.status()).as(method + " " + path + " the first time: " + first).isBetween(200, 299);
    Answer again = calls.send(method, path, calls.writer, firstIfMatch, firstBody == null ? null : JSON, firstBody, key);
    assertThat(again.status()).as("the same request sent again").isEqualTo(first.status());
    assertThat(again.header("Idempotent-Replayed")).hasValue("true");
    return calls.send(method, path, calls.writer, secondIfMatch, secondBody == null ? null : JSON, secondBody, key);
  }
}
