package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Slug;
import dev.gazette.bench.latency.StreamBatch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The stream batches {@code ./gazette bench latency} builds are read by the Publisher as the stream's are. */
class LatencyBenchBatchTest {

  private static Map<String, AttributeValue> article(int n, String slug) {
    return Map.of("pk", AttributeValue.fromS("ARTICLE#01kbench" + n), "sk", AttributeValue.fromS("ARTICLE"),
        "slug", AttributeValue.fromS(slug), "version", AttributeValue.fromN("1"),
        "topics", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("name", AttributeValue.fromS("Rafale A"))))));
  }

  @Test
  void aBatchOfTwentyInsertsIsTwentyChangesEachWithItsSlugAndRecord() {
    StreamBatch batch = new StreamBatch(100);
    IntStream.range(0, 20).forEach(n -> batch.inserted(article(n, "rafale-" + n)));

    ChangedArticles changed = ChangedArticles.from(batch.event().getRecords());

    assertThat(changed.changes()).hasSize(20);
    assertThat(changed.changes().get(0)).isEqualTo(new ChangedArticles.Change("01kbench0",
        Set.of(Slug.parse("rafale-0").orElseThrow()), "100"));
    assertThat(changed.changes().get(19).firstSequenceNumber()).isEqualTo("119");
    assertThat(batch.event().getRecords()).allSatisfy(record -> {
      assertThat(record.getEventName()).isEqualTo("INSERT");
      assertThat(record.getDynamodb().getOldImage()).isNull();
    });
  }

  @Test
  void anEditNamesTheOldAndTheNewSlug() {
    StreamBatch edit = new StreamBatch(7).modified(article(1, "ancien-titre"), article(1, "nouveau-titre"));

    ChangedArticles changed = ChangedArticles.from(edit.event().getRecords());

    assertThat(changed.changes()).singleElement().satisfies(change -> assertThat(change.slugs())
        .containsExactly(Slug.parse("ancien-titre").orElseThrow(), Slug.parse("nouveau-titre").orElseThrow()));
  }
}
