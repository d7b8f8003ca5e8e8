package dev.gazette.e2e;

import static dev.gazette.e2e.ApiCalls.UNKNOWN_ID;
import static dev.gazette.e2e.DocumentedAnswer.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A request for each status openapi.yaml documents for the operations on one article. */
final class ArticleAnswers {
  private static final String READ = "GET /articles/{id}";
  private static final String REPLACE = "PUT /articles/{id}";
  private static final String PATCH = "PATCH /articles/{id}";
  private static final String DELETE = "DELETE /articles/{id}";
  private static final String JSON = "application/json";
  private static final String MERGE_PATCH = "application/merge-patch+json";

  private ArticleAnswers() {
  }

  static List<DocumentedAnswer> all() {
    List<DocumentedAnswer> answers = new ArrayList<>(List.of(
        of(READ, 200, calls -> calls.get(calls.writer, calls.draftPath("Conformité : à lire")))
            .then((calls, answer) -> {
              assertThat(answer.header("ETag")).hasValue("\"1\"");
              assertThat(calls.json(answer).get("title").asText()).isEqualTo("Conformité : à lire");
              JsonNode published = calls.create(calls.article("Conformité : publié à lire", "published"));
              assertThat(calls.conforming(READ, calls.get(calls.reader, "/articles/" + published.get("id").asText()))
                  .status())
                  .as("a published article, read without the write scope").isEqualTo(200);
            }),
        of(READ, 400, calls -> calls.rawGet("/articles/%zz")),
        of(READ, 401, calls -> calls.get(null, calls.draftPath("Conformité : lu sans jeton"))),
        of(READ, 403, calls -> calls.get(calls.reader, calls.draftPath("Conformité : brouillon d’un autre"))),
        of(READ, 404, calls -> calls.get(calls.writer, "/articles/" + UNKNOWN_ID)).then((calls, answer) ->
            assertThat(calls.conforming(READ, calls.get(calls.writer, "/articles/pas-un-id")).status()).isEqualTo(404)),

        of(REPLACE, 200, calls -> replace(calls, calls.writer, "\"1\"", JSON,
            calls.article("Conformité : remplacé", "published").toString()))
            .then((calls, answer) -> {
              assertThat(answer.header("ETag")).hasValue("\"2\"");
              assertThat(calls.json(answer).get("publishedAt").isTextual()).isTrue();
            }),
        of(REPLACE, 400, calls -> replace(calls, calls.writer, "*", JSON, edit(calls))).then((calls, answer) ->
            assertThat(calls.conforming(REPLACE, replace(calls, calls.writer, "\"1\"", JSON,
                calls.article("", "published").toString())).status()).as("an untitled article").isEqualTo(400)),
        of(REPLACE, 401, calls -> replace(calls, null, "\"1\"", JSON, edit(calls))),
        of(REPLACE, 403, calls -> replace(calls, calls.reader, "\"1\"", JSON, edit(calls))),
        of(REPLACE, 404, calls -> calls.send("PUT", "/articles/" + UNKNOWN_ID, calls.writer, "\"1\"", JSON,
            edit(calls))),
        of(REPLACE, 409, calls -> replace(calls, calls.writer, "\"1\"", JSON,
            takenSlug(calls, "conformite-slug-pris"))),
        of(REPLACE, 412, calls -> replace(calls, calls.writer, "\"2\"", JSON, edit(calls))),
        of(REPLACE, 413, calls -> replace(calls, calls.writer, "\"1\"", JSON, tooLong(calls))),
        of(REPLACE, 415, calls -> replace(calls, calls.writer, "\"1\"", "text/plain", edit(calls))),
        of(REPLACE, 428, calls -> replace(calls, calls.writer, null, JSON, edit(calls))),

        of(PATCH, 200, calls -> {
          ObjectNode original = calls.article("Conformité : à corriger", "draft");
          original.put("summary", "Un résumé à retirer.");
          original.put("location", "Rabat");
          String path = "/articles/" + calls.create(original).get("id").asText();
          return calls.send("PATCH", path, calls.writer, "\"1\"", MERGE_PATCH,
              "{\"summary\": null, \"title\": \"Conformité : corrigé\"}");
        }).then((calls, answer) -> {
          JsonNode patched = calls.json(answer);
          assertThat(patched.has("summary")).as("null removes a field").isFalse();
          assertThat(patched.get("title").asText()).isEqualTo("Conformité : corrigé");
          assertThat(patched.get("location").asText()).as("a field the patch leaves out").isEqualTo("Rabat");
          assertThat(calls.json(calls.conforming(PATCH, calls.send("PATCH", "/articles/" + patched.get("id").asText(),
              calls.writer, "\"2\"", JSON, "{\"location\": \"Fès\"}"))).get("version").asInt())
              .as("plain JSON is a merge patch too").isEqualTo(3);
        }),
        of(PATCH, 400, calls -> patch(calls, calls.writer, "\"1\"", MERGE_PATCH, "{\"title\": null}"))
            .then((calls, answer) -> {
              for (String invalid : List.of("{\"couleur\": \"rouge\"}", "[]", "{\"topics\": []}")) {
                assertThat(calls.conforming(PATCH, patch(calls, calls.writer, "\"1\"", MERGE_PATCH, invalid)).status())
                    .as(invalid).isEqualTo(400);
              }
            }),
        of(PATCH, 401, calls -> patch(calls, null, "\"1\"", MERGE_PATCH, "{\"location\": \"Tanger\"}")),
        of(PATCH, 403, calls -> patch(calls, calls.reader, "\"1\"", MERGE_PATCH, "{\"location\": \"Tanger\"}")),
        of(PATCH, 404, calls -> calls.send("PATCH", "/articles/" + UNKNOWN_ID, calls.writer, "\"1\"", MERGE_PATCH,
            "{\"location\": \"Tanger\"}")),
        of(PATCH, 409, calls -> {
          ObjectNode taken = calls.article("Conformité : slug pris par un autre", "draft");
          taken.put("slug", "conformite-slug-pris-patch");
          calls.create(taken);
          return patch(calls, calls.writer, "\"1\"", MERGE_PATCH, "{\"slug\": \"conformite-slug-pris-patch\"}");
        }),
        of(PATCH, 412, calls -> patch(calls, calls.writer, "\"2\"", MERGE_PATCH, "{\"location\": \"Tanger\"}")),
        of(PATCH, 413, calls -> patch(calls, calls.writer, "\"1\"", MERGE_PATCH,
            "{\"body\": \"" + "a".repeat(100_001) + "\"}")),
        of(PATCH, 415, calls -> patch(calls, calls.writer, "\"1\"", "text/plain", "{\"location\": \"Tanger\"}")),
        of(PATCH, 428, calls -> patch(calls, calls.writer, null, MERGE_PATCH, "{\"location\": \"Tanger\"}")),

        of(DELETE, 204, calls -> {
          String path = calls.draftPath("Conformité : à supprimer");
          Answer deleted = calls.send("DELETE", path, calls.writer, "\"1\"", null, null);
          if (deleted.status() == 204) {
            assertThat(calls.get(calls.writer, path).status()).as("the deleted article, read again").isEqualTo(404);
          }
          return deleted;
        }),
        of(DELETE, 400, calls -> delete(calls, calls.writer, "W/\"1\"")),
        of(DELETE, 401, calls -> delete(calls, null, "\"1\"")),
        of(DELETE, 403, calls -> delete(calls, calls.reader, "\"1\"")),
        of(DELETE, 404, calls -> calls.send("DELETE", "/articles/" + UNKNOWN_ID, calls.writer, "\"1\"", null, null)),
        of(DELETE, 412, calls -> delete(calls, calls.writer, "\"7\"")),
        of(DELETE, 428, calls -> delete(calls, calls.writer, null))));
    answers.addAll(actions("publish"));
    answers.addAll(actions("unpublish"));
    return answers;
  }

  /** Publishing and unpublishing take no body and answer alike. */
  private static List<DocumentedAnswer> actions(String action) {
    String route = "POST /articles/{id}/" + action;
    boolean publish = action.equals("publish");
    return List.of(
        of(route, 200, calls -> {
          JsonNode before = calls.create(calls.article("Conformité : à " + action, publish ? "draft" : "published"));
          Answer after = calls.send("POST", "/articles/" + before.get("id").asText() + "/" + action, calls.writer,
              "\"1\"", null, null);
          if (!publish && after.status() == 200) {
            assertThat(calls.json(after).get("publishedAt")).as("the first publication is kept")
                .isEqualTo(before.get("publishedAt"));
          }
          return after;
        }).then((calls, answer) -> {
          assertThat(calls.json(answer).get("status").asText()).isEqualTo(publish ? "published" : "draft");
          if (publish) {
            ObjectNode planned = calls.article("Conformité : prévu pour demain", "draft");
            planned.put("publishAt", Instant.now().plus(Duration.ofDays(1)).toString());
            String id = calls.create(planned).get("id").asText();
            assertThat(calls.json(calls.conforming(route, calls.send("POST", "/articles/" + id + "/publish",
                calls.writer, "\"1\"", null, null))).get("status").asText()).isEqualTo("scheduled");
          }
        }),
        of(route, 400, calls -> act(calls, action, calls.writer, "\"1\"", "{}")),
        of(route, 401, calls -> act(calls, action, null, "\"1\"", null)),
        of(route, 403, calls -> act(calls, action, calls.reader, "\"1\"", null)),
        of(route, 404, calls -> calls.send("POST", "/articles/" + UNKNOWN_ID + "/" + action, calls.writer, "\"1\"",
            null, null)),
        of(route, 412, calls -> act(calls, action, calls.writer, "\"3\"", null)),
        of(route, 428, calls -> act(calls, action, calls.writer, null, null)));
  }

  private static Answer replace(ApiCalls calls, String token, String ifMatch, String type, String body) {
    return calls.send("PUT", calls.draftPath("Conformité : à remplacer"), token, ifMatch, type, body);
  }

  private static Answer patch(ApiCalls calls, String token, String ifMatch, String type, String body) {
    return calls.send("PATCH", calls.draftPath("Conformité : à corriger"), token, ifMatch, type, body);
  }

  private static Answer delete(ApiCalls calls, String token, String ifMatch) {
    return calls.send("DELETE", calls.draftPath("Conformité : à supprimer"), token, ifMatch, null, null);
  }

  private static Answer act(ApiCalls calls, String action, String token, String ifMatch, String body) {
    return calls.send("POST", calls.draftPath("Conformité : à " + action) + "/" + action, token, ifMatch,
        body == null ? null : JSON, body);
  }

  private static String edit(ApiCalls calls) {
    return calls.article("Conformité : remplacé encore", "published").toString();
  }

  private static String takenSlug(ApiCalls calls, String slug) {
    ObjectNode other = calls.article("Conformité : autre slug", "draft");
    other.put("slug", slug);
    calls.create(other);
    return calls.article("Conformité : slug pris", "published").put("slug", slug).toString();
  }

  private static String tooLong(ApiCalls calls) {
    return calls.article("Trop long", "published").put("body", "a".repeat(100_001)).toString();
  }
}
