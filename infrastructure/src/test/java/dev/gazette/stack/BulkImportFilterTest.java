package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.ProjectRoot;
import dev.gazette.local.stream.EventPattern;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.store.DynamoArchiveWrites;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Publisher's stream filter lets an import's articles pass only once an editor saves them. */
class BulkImportFilterTest {
  private final List<EventPattern> filters = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"),
          "gazette-local", Map.of("SiteUrl", "http://localhost:8080", "EditorTokenIssuer", "http://localhost/gazette-local"))
      .function("PublisherFunction").streamSources().get(0).filterPatterns().stream().map(EventPattern::parse).toList();

  private boolean wakesThePublisher(String eventName, Map<String, Object> newImage) {
    Map<String, Object> dynamodb = newImage == null
        ? Map.of("Keys", Map.of("pk", Map.of("S", "ARTICLE#01abc")))
        : Map.of("Keys", Map.of("pk", Map.of("S", "ARTICLE#01abc")), "NewImage", newImage);
    Map<String, Object> record = Map.of("eventName", eventName, "dynamodb", dynamodb);
    return filters.stream().anyMatch(filter -> filter.matches(record));
  }

  @Test
  void anArticleTheImportWroteDoesNotWakeThePublisherButAnEditorsArticleDoes() {
    Map<String, Object> imported = Map.of("title", Map.of("S", "Le port"),
        DynamoArchiveWrites.BULK_IMPORTED, Map.of("BOOL", true));
    assertThat(wakesThePublisher("INSERT", imported)).isFalse();
    assertThat(wakesThePublisher("INSERT", Map.of("title", Map.of("S", "Le port")))).isTrue();
  }

  @Test
  void anEditorsLaterSaveOrDeleteOfAnImportedArticleWakesThePublisher() {
    assertThat(wakesThePublisher("MODIFY", Map.of("title", Map.of("S", "Le port revu")))).isTrue();
    assertThat(wakesThePublisher("REMOVE", null)).isTrue();
  }
}
