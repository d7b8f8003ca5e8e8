package dev.gazette.e2e;

import static dev.gazette.e2e.ApiCalls.UNKNOWN_ID;
import static dev.gazette.e2e.DocumentedAnswer.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A request for each status openapi.yaml documents for the picture library's operations. */
final class MediaAnswers {
  private static final String ANNOUNCE = "POST /media";
  private static final String LIST = "GET /media";
  private static final String READ = "GET /media/{id}";
  private static final String DESCRIBE = "PATCH /media/{id}";
  private static final String DELETE = "DELETE /media/{id}";
  private static final String JSON = "application/json";
  private static final String MERGE_PATCH = "application/merge-patch+json";

  private MediaAnswers() {
  }

  static List<DocumentedAnswer> all() {
    return List.of(
        of(ANNOUNCE, 201, calls -> announce(calls, calls.writer, calls.announcement("quai.jpg", "image/jpeg", 52_000)
            .toString())).then((calls, answer) -> {
              JsonNode announced = calls.json(answer);
              assertThat(answer.header("Location")).hasValue("/media/" + announced.get("id").asText());
              assertThat(answer.header("ETag")).hasValue("\"1\"");
              assertThat(announced.get("status").asText()).isEqualTo("awaiting-upload");
              assertThat(announced.at("/upload/method").asText()).isEqualTo("PUT");
              assertThat(announced.at("/upload/url").asText()).as("straight to the uploads bucket, never the API")
                  .startsWith(calls.s3Endpoint() + "/gazette-local-uploadsbucket/uploads/" + announced.get("id").asText());
              assertThat(announced.at("/upload/headers/Content-Type").asText()).isEqualTo("image/jpeg");
              assertThat(Duration.between(Instant.now(), Instant.parse(announced.get("expiresAt").asText())))
                  .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
            }),
        of(ANNOUNCE, 400, calls -> announce(calls, calls.writer, calls.announcement("carte.svg", "image/svg+xml", 0)
            .toString())).then((calls, answer) -> {
              assertThat(calls.json(answer).get("errors").findValuesAsText("field")).contains("contentType", "size");
              for (String invalid : List.of("{\"filename\": \"a.jpg\"", "[]",
                  calls.announcement("a.jpg", "image/jpeg", 41_943_041).toString(),
                  calls.announcement("../a.jpg", "image/jpeg", 10).toString(),
                  calls.announcement("a.jpg", "image/jpeg", 10).put("couleur", "rouge").toString())) {
                assertThat(calls.conforming(ANNOUNCE, announce(calls, calls.writer, invalid)).status()).as(invalid)
                    .isEqualTo(400);
              }
            }),
        of(ANNOUNCE, 401, calls -> announce(calls, null, calls.announcement("a.jpg", "image/jpeg", 10).toString())),
        of(ANNOUNCE, 403, calls -> announce(calls, calls.reader, calls.announcement("a.jpg", "image/jpeg", 10)
            .toString())),
        of(ANNOUNCE, 413, calls -> announce(calls, calls.writer, calls.announcement("a".repeat(1_000_001),
            "image/jpeg", 10).toString())),
        of(ANNOUNCE, 415, calls -> calls.send("POST", "/media", calls.writer, null, "text/plain",
            calls.announcement("a.jpg", "image/jpeg", 10).toString())),

        of(LIST, 200, calls -> {
          List<String> ids = List.of(calls.awaitingPicturePath("liste-1.jpg"), calls.awaitingPicturePath("liste-2.jpg"),
              calls.awaitingPicturePath("liste-3.jpg"));
          Answer first = calls.get(calls.reader, "/media?limit=2");
          JsonNode page = calls.json(first);
          assertThat(page.get("media").findValuesAsText("id")).as("newest first")
              .containsExactly(id(ids.get(2)), id(ids.get(1)));
          JsonNode next = calls.json(calls.conforming(LIST, calls.get(calls.reader,
              "/media?limit=2&cursor=" + page.get("nextCursor").asText())));
          assertThat(next.get("media").get(0).get("id").asText()).isEqualTo(id(ids.get(0)));
          return first;
        }),
        of(LIST, 400, calls -> calls.get(calls.writer, "/media?limit=0")).then((calls, answer) -> {
          for (String bad : List.of("limit=101", "limit=deux", "cursor=bm9uLXVuLWN1cnNldXI", "page=2")) {
            assertThat(calls.conforming(LIST, calls.get(calls.writer, "/media?" + bad)).status()).as(bad)
                .isEqualTo(400);
          }
        }),
        of(LIST, 401, calls -> calls.get(null, "/media")),

        of(READ, 200, calls -> calls.get(calls.reader, "/media/" + calls.readyPicture("lu.jpg").get("id").asText()))
            .then((calls, answer) -> {
              JsonNode picture = calls.json(answer);
              assertThat(picture.get("status").asText()).isEqualTo("ready");
              assertThat(answer.header("ETag")).hasValue("\"" + picture.get("version").asInt() + "\"");
              assertThat(picture.get("renditions")).as("the Rendition schema is checked too").isNotEmpty();
              assertThat(picture.get("width").asInt()).isEqualTo(640);
            }),
        of(READ, 401, calls -> calls.get(null, calls.awaitingPicturePath("sans-jeton.jpg"))),
        of(READ, 404, calls -> calls.get(calls.writer, "/media/" + UNKNOWN_ID)).then((calls, answer) ->
            assertThat(calls.conforming(READ, calls.get(calls.writer, "/media/pas-un-id")).status()).isEqualTo(404)),

        of(DESCRIBE, 200, calls -> describe(calls, calls.writer, "\"1\"", MERGE_PATCH,
            "{\"alt\": \"Le quai au matin\", \"caption\": \"Le quai, vu du pont.\", \"credit\": \"Rédaction\"}"))
            .then((calls, answer) -> {
              JsonNode described = calls.json(answer);
              assertThat(answer.header("ETag")).hasValue("\"2\"");
              assertThat(described.get("alt").asText()).isEqualTo("Le quai au matin");
              JsonNode again = calls.json(calls.conforming(DESCRIBE, calls.send("PATCH",
                  "/media/" + described.get("id").asText(), calls.writer, "\"2\"", JSON, "{\"caption\": null}")));
              assertThat(again.has("caption")).as("null removes a text").isFalse();
              assertThat(again.get("alt").asText()).as("a text the patch leaves out").isEqualTo("Le quai au matin");
            }),
        of(DESCRIBE, 400, calls -> describe(calls, calls.writer, "\"1\"", MERGE_PATCH, "{\"focus\": {\"x\": 2, \"y\": 0}}"))
            .then((calls, answer) -> {
              assertThat(calls.json(answer).get("errors").findValuesAsText("field")).contains("focus");
              for (String invalid : List.of("{\"couleur\": \"rouge\"}", "[]", "{\"alt\": \"" + "a".repeat(301) + "\"}")) {
                assertThat(calls.conforming(DESCRIBE, describe(calls, calls.writer, "\"1\"", MERGE_PATCH, invalid))
                    .status()).as(invalid).isEqualTo(400);
              }
            }),
        of(DESCRIBE, 401, calls -> describe(calls, null, "\"1\"", MERGE_PATCH, "{\"alt\": \"Sans jeton\"}")),
        of(DESCRIBE, 403, calls -> describe(calls, calls.reader, "\"1\"", MERGE_PATCH, "{\"alt\": \"Sans droit\"}")),
        of(DESCRIBE, 404, calls -> calls.send("PATCH", "/media/" + UNKNOWN_ID, calls.writer, "\"1\"", MERGE_PATCH,
            "{\"alt\": \"Nulle part\"}")),
        of(DESCRIBE, 412, calls -> describe(calls, calls.writer, "\"2\"", MERGE_PATCH, "{\"alt\": \"Trop tard\"}")),
        of(DESCRIBE, 413, calls -> describe(calls, calls.writer, "\"1\"", MERGE_PATCH,
            "{\"caption\": \"" + "a".repeat(1_000_001) + "\"}")),
        of(DESCRIBE, 415, calls -> describe(calls, calls.writer, "\"1\"", "text/plain", "{\"alt\": \"Texte brut\"}")),
        of(DESCRIBE, 428, calls -> describe(calls, calls.writer, null, MERGE_PATCH, "{\"alt\": \"Sans version\"}")),

        of(DELETE, 204, calls -> {
          String path = calls.awaitingPicturePath("a-supprimer.jpg");
          Answer deleted = calls.send("DELETE", path, calls.writer, "\"1\"", null, null);
          if (deleted.status() == 204) {
            assertThat(calls.get(calls.writer, path).status()).as("the deleted picture, read again").isEqualTo(404);
          }
          return deleted;
        }),
        of(DELETE, 400, calls -> delete(calls, calls.writer, "W/\"1\"")),
        of(DELETE, 401, calls -> delete(calls, null, "\"1\"")),
        of(DELETE, 403, calls -> delete(calls, calls.reader, "\"1\"")),
        of(DELETE, 404, calls -> calls.send("DELETE", "/media/" + UNKNOWN_ID, calls.writer, "\"1\"", null, null)),
        of(DELETE, 409, MediaAnswers::deleteAPictureAPublishedArticleShows).then((calls, answer) ->
            assertThat(calls.json(answer).get("detail").asText()).isNotBlank()),
        of(DELETE, 412, calls -> delete(calls, calls.writer, "\"7\"")),
        of(DELETE, 428, calls -> delete(calls, calls.writer, null)));
  }

  /** A ready picture becomes an article's lead picture, the article is published, then the picture is deleted. */
  private static Answer deleteAPictureAPublishedArticleShows(ApiCalls calls) {
    JsonNode picture = calls.readyPicture("a-la-une.jpg");
    String id = picture.get("id").asText();
    ObjectNode article = calls.article("Conformité : une photo à la une", "published");
    article.putObject("image").put("media", id).put("alt", "Le marché couvert, vu de la rue");
    calls.create(article);
    // The Publisher records which pictures a published article shows.
    calls.awaitPublished();
    Answer refused = calls.send("DELETE", "/media/" + id, calls.writer, "\"" + picture.get("version").asInt() + "\"",
        null, null);
    assertThat(calls.get(calls.writer, "/media/" + id).status()).as("the picture is still there").isEqualTo(200);
    return refused;
  }

  private static Answer announce(ApiCalls calls, String token, String body) {
    return calls.send("POST", "/media", token, null, JSON, body);
  }

  private static Answer describe(ApiCalls calls, String token, String ifMatch, String type, String body) {
    return calls.send("PATCH", calls.awaitingPicturePath("a-decrire.jpg"), token, ifMatch, type, body);
  }

  private static Answer delete(ApiCalls calls, String token, String ifMatch) {
    return calls.send("DELETE", calls.awaitingPicturePath("a-supprimer.jpg"), token, ifMatch, null, null);
  }

  private static String id(String path) {
    return path.substring("/media/".length());
  }
}
