package dev.gazette.e2e;

import static dev.gazette.e2e.DocumentedAnswer.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A request for each status openapi.yaml documents for creating, listing and the topics. */
final class CollectionAnswers {
  private static final String CREATE = "POST /articles";
  private static final String LIST = "GET /articles";
  private static final String TOPICS = "GET /topics";

  private CollectionAnswers() {
  }

  static List<DocumentedAnswer> all() {
    return List.of(
        of(CREATE, 201, calls -> calls.post(calls.writer, calls.article("Conformité : un brouillon", "draft")))
            .then((calls, answer) -> {
              assertThat(answer.header("Location")).hasValue("/articles/" + calls.json(answer).get("id").asText());
              assertThat(answer.header("ETag")).hasValue("\"1\"");
              assertThat(calls.json(answer).get("author").asText()).isEqualTo("Rédaction");
              ObjectNode later = calls.article("Conformité : publié demain", "published");
              later.put("publishAt", Instant.now().plus(Duration.ofDays(1)).toString());
              assertThat(calls.json(calls.conforming(CREATE, calls.post(calls.writer, later))).get("status").asText())
                  .isEqualTo("scheduled");
            }),
        of(CREATE, 400, calls -> calls.post(calls.writer, calls.article("", "draft")))
            .then((calls, answer) -> assertThat(calls.json(answer).get("errors").findValuesAsText("field"))
                .contains("title")),
        of(CREATE, 401, calls -> calls.post(null, calls.article("Sans jeton", "draft"))),
        of(CREATE, 403, calls -> calls.post(calls.reader, calls.article("Sans droit d’écrire", "draft"))),
        of(CREATE, 409, calls -> {
          ObjectNode withSlug = calls.article("Conformité : un slug demandé", "draft");
          withSlug.put("slug", "conformite-slug-demande");
          calls.create(withSlug);
          return calls.post(calls.writer, withSlug);
        }),
        of(CREATE, 413, calls -> calls.post(calls.writer,
            calls.article("Trop long", "draft").put("body", "a".repeat(100_001)))),
        of(CREATE, 415, calls -> calls.send("POST", "/articles", calls.writer, null, "text/plain",
            calls.article("Texte brut", "draft").toString())),

        of(LIST, 200, calls -> {
          for (int i = 1; i <= 3; i++) {
            calls.create(calls.article("Conformité : liste " + i, "published", "Conformité liste"));
          }
          return calls.get(calls.reader, "/articles?status=published&topic=conformite-liste&limit=2");
        }).then(CollectionAnswers::pagesNewestFirst),
        of(LIST, 400, calls -> calls.get(calls.writer, "/articles?limit=0")).then((calls, answer) -> {
          for (String bad : List.of("limit=101", "limit=deux", "status=archived", "topic=../x",
              "cursor=bm9uLXVuLWN1cnNldXI", "page=2")) {
            assertThat(calls.conforming(LIST, calls.get(calls.writer, "/articles?" + bad)).status()).as(bad)
                .isEqualTo(400);
          }
        }),
        of(LIST, 401, calls -> calls.get(null, "/articles")),
        of(LIST, 403, calls -> calls.get(calls.reader, "/articles?status=draft"))
            .then((calls, answer) -> assertThat(calls.conforming(LIST, calls.get(calls.reader, "/articles")).status())
                .as("every status but published needs the write scope").isEqualTo(403)),

        of(TOPICS, 200, calls -> {
          calls.create(calls.article("Conformité : sujet un", "published", "Conformité sujets"));
          calls.create(calls.article("Conformité : sujet deux", "published", "conformité Sujets "));
          calls.create(calls.article("Conformité : sujet en brouillon", "draft", "Conformité sujets"));
          calls.awaitPublished();
          return calls.get(calls.reader, "/topics");
        }).then((calls, answer) -> assertThat(count(calls.json(answer), "conformite-sujets"))
            .as("published articles of the topic, however its name was typed").isEqualTo(2)),
        of(TOPICS, 400, calls -> calls.get(calls.reader, "/topics?page=2")),
        of(TOPICS, 401, calls -> calls.get(null, "/topics")));
  }

  /** The listing is newest first, one page at a time, and the last page has no cursor. */
  private static void pagesNewestFirst(ApiCalls calls, Answer first) {
    JsonNode page = calls.json(first);
    List<String> titles = new ArrayList<>(page.get("articles").findValuesAsText("title"));
    assertThat(titles).containsExactly("Conformité : liste 3", "Conformité : liste 2");
    JsonNode second = calls.json(calls.conforming(LIST, calls.get(calls.reader,
        "/articles?status=published&topic=conformite-liste&limit=2&cursor=" + page.get("nextCursor").asText())));
    assertThat(second.get("articles").findValuesAsText("title")).containsExactly("Conformité : liste 1");
    assertThat(second.has("nextCursor")).isFalse();
  }

  private static int count(JsonNode topics, String slug) {
    for (JsonNode topic : topics.get("topics")) {
      if (topic.get("slug").asText().equals(slug)) {
        return topic.get("articles").asInt();
      }
    }
    return 0;
  }
}
