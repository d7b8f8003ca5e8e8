package dev.gazette.e2e;

import static dev.gazette.e2e.ApiCalls.UNKNOWN_ID;
import static dev.gazette.e2e.DocumentedAnswer.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/** A request for each status openapi.yaml documents for the desk's operations: preview, revisions, restore. */
final class DeskAnswers {
  private static final String PREVIEW = "POST /articles/preview";
  private static final String REVISIONS = "GET /articles/{id}/revisions";
  private static final String REVISION = "GET /articles/{id}/revisions/{version}";
  private static final String RESTORE = "POST /articles/{id}/revisions/{version}/restore";
  private static final String JSON = "application/json";

  private DeskAnswers() {
  }

  static List<DocumentedAnswer> all() {
    return List.of(
        of(PREVIEW, 200, calls -> preview(calls, calls.writer, JSON, "{\"body\": \"Un brouillon *sans titre*.\"}"))
            .then((calls, answer) -> {
              assertThat(answer.header("Content-Type").orElseThrow()).startsWith("text/html");
              assertThat(answer.header("X-Robots-Tag")).hasValue("noindex");
              assertThat(answer.body()).contains("<meta name=\"robots\" content=\"noindex\">")
                  .contains("<h1>Sans titre</h1>").contains("<em>sans titre</em>");
              JsonNode stored = calls.create(calls.article("Conformité : aperçu d’un article", "draft"));
              Answer over = calls.conforming(PREVIEW, preview(calls, calls.writer, JSON,
                  calls.article("Conformité : aperçu modifié", "draft").put("id", stored.get("id").asText()).toString()));
              assertThat(over.body()).contains("<h1>Conformité\u00a0: aperçu modifié</h1>");
            }),
        of(PREVIEW, 400, calls -> preview(calls, calls.writer, JSON, "{\"couleur\": \"rouge\"}")),
        of(PREVIEW, 401, calls -> preview(calls, null, JSON, "{\"title\": \"Sans jeton\"}")),
        of(PREVIEW, 403, calls -> preview(calls, calls.reader, JSON, "{\"title\": \"Sans droit\"}")),
        of(PREVIEW, 404, calls -> preview(calls, calls.writer, JSON, "{\"id\": \"" + UNKNOWN_ID + "\"}")),
        of(PREVIEW, 413, calls -> preview(calls, calls.writer, JSON, "{\"body\": \"" + "a".repeat(100_001) + "\"}")),
        of(PREVIEW, 415, calls -> preview(calls, calls.writer, "text/plain", "{\"title\": \"Texte\"}")),

        of(REVISIONS, 200, calls -> calls.get(calls.writer, edited(calls) + "/revisions")).then((calls, answer) -> {
          JsonNode items = calls.json(answer).get("items");
          assertThat(items).hasSize(2);
          assertThat(items.get(0).get("version").asInt()).as("newest first").isEqualTo(2);
          assertThat(items.get(0).get("summary").asText()).isEqualTo("Lieu modifié");
          assertThat(items.get(0).get("by").get("sub").asText()).isEqualTo("redaction");
          assertThat(items.get(1).get("summary").asText()).isEqualTo("Créé");
        }),
        of(REVISIONS, 400, calls -> calls.get(calls.writer, calls.draftPath("Conformité : historique") + "/revisions?limit=0")),
        of(REVISIONS, 401, calls -> calls.get(null, calls.draftPath("Conformité : historique") + "/revisions")),
        of(REVISIONS, 403, calls -> calls.get(calls.reader, calls.draftPath("Conformité : historique") + "/revisions")),
        of(REVISIONS, 404, calls -> calls.get(calls.writer, "/articles/" + UNKNOWN_ID + "/revisions")),

        of(REVISION, 200, calls -> calls.get(calls.writer, edited(calls) + "/revisions/1")).then((calls, answer) -> {
          assertThat(calls.json(answer).get("version").asInt()).isEqualTo(1);
          assertThat(calls.json(answer).has("location")).as("the location came with version 2").isFalse();
        }),
        of(REVISION, 400, calls -> calls.get(calls.writer, calls.draftPath("Conformité : version") + "/revisions/1?x=1")),
        of(REVISION, 401, calls -> calls.get(null, calls.draftPath("Conformité : version") + "/revisions/1")),
        of(REVISION, 403, calls -> calls.get(calls.reader, calls.draftPath("Conformité : version") + "/revisions/1")),
        of(REVISION, 404, calls -> calls.get(calls.writer, calls.draftPath("Conformité : version") + "/revisions/9")),

        of(RESTORE, 200, calls -> restore(calls, edited(calls), "1", calls.writer, "\"2\"", null)).then((calls, answer) -> {
          assertThat(answer.header("ETag")).hasValue("\"3\"");
          assertThat(calls.json(answer).has("location")).as("version 1 had no location").isFalse();
        }),
        of(RESTORE, 400, calls -> restore(calls, edited(calls), "1", calls.writer, "\"2\"", "{}")),
        of(RESTORE, 401, calls -> restore(calls, edited(calls), "1", null, "\"2\"", null)),
        of(RESTORE, 403, calls -> restore(calls, edited(calls), "1", calls.reader, "\"2\"", null)),
        of(RESTORE, 404, calls -> restore(calls, edited(calls), "7", calls.writer, "\"2\"", null)),
        of(RESTORE, 412, calls -> restore(calls, edited(calls), "1", calls.writer, "\"1\"", null)),
        of(RESTORE, 422, calls -> {
          String path = edited(calls) + "/revisions/1/restore";
          String key = UUID.randomUUID().toString();
          Answer first = calls.send("POST", path, calls.writer, "\"2\"", null, null, key);
          assertThat(first.status()).as("the first restore").isEqualTo(200);
          assertThat(calls.send("POST", path, calls.writer, "\"2\"", null, null, key).header("Idempotent-Replayed"))
              .hasValue("true");
          return calls.send("POST", path, calls.writer, "\"3\"", null, null, key);
        }),
        of(RESTORE, 428, calls -> restore(calls, edited(calls), "1", calls.writer, null, null)));
  }

  /** A draft saved twice: version 1 without a location, version 2 with one. */
  private static String edited(ApiCalls calls) {
    String path = calls.draftPath("Conformité : restauration");
    Answer patched = calls.send("PATCH", path, calls.writer, "\"1\"", JSON, "{\"location\": \"Oujda\"}");
    assertThat(patched.status()).as("the second save: " + patched).isEqualTo(200);
    return path;
  }

  private static Answer preview(ApiCalls calls, String token, String type, String body) {
    return calls.send("POST", "/articles/preview", token, null, type, body);
  }

  private static Answer restore(ApiCalls calls, String path, String version, String token, String ifMatch, String body) {
    return calls.send("POST", path + "/revisions/" + version + "/restore", token, ifMatch, body == null ? null : JSON, body);
  }
}
