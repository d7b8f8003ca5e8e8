package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gazette.local.ProjectRoot;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.HttpRoute;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.StreamEventSource;
import dev.gazette.local.template.TableDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** The production template as the local cloud reads it: names, keys, handlers, routes, stream settings. */
class StackTemplateTest {

  private static final Path TEMPLATE = ProjectRoot.find().resolve("template.yaml");

  private final StackTemplate stack = StackTemplate.load(TEMPLATE, "gazette-local",
      Map.of("SiteUrl", "http://localhost:8080", "EditorTokenIssuer", "http://localhost/gazette-local"));

  @Test
  void theTableAndBucketGetLocalNamesDerivedFromTheStack() {
    assertThat(stack.table().tableName()).isEqualTo("gazette-local-ArticlesTable");
    assertThat(stack.bucketName()).isEqualTo("gazette-local-sitebucket");
  }

  @Test
  void theTableKeepsItsKeysAndItsStreamOfOldAndNewImages() {
    TableDefinition table = stack.table();
    assertThat(table.keySchema()).extracting(KeySchemaElement::attributeName, KeySchemaElement::keyTypeAsString)
        .containsExactly(tuple("pk", "HASH"),
            tuple("sk", "RANGE"));
    assertThat(table.streamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
    assertThat(table.globalSecondaryIndexes()).extracting(index -> index.indexName())
        .containsExactlyInAnyOrder("ByStatus", "ByUpdate");
  }

  @Test
  void everyFunctionIsFoundWithItsHandlerClass() {
    assertThat(stack.functions()).extracting(FunctionDefinition::handlerClass)
        .containsExactlyInAnyOrder("dev.gazette.handlers.ArticlesApiHandler", "dev.gazette.handlers.PublisherHandler",
            "dev.gazette.handlers.ScheduledPublishingHandler");
  }

  @Test
  void scheduledPublishingRunsEveryMinute() {
    assertThat(stack.function("ScheduledPublishingFunction").schedules()).singleElement()
        .satisfies(schedule -> assertThat(schedule.period()).contains(Duration.ofMinutes(1)));
  }

  @Test
  void environmentMergesGlobalsAndResolvesRefsToLocalNamesAndOverrides() {
    Map<String, String> environment = stack.function("PublisherFunction").environment();
    assertThat(environment).containsEntry("TABLE_NAME", "gazette-local-ArticlesTable")
        .containsEntry("BUCKET_NAME", "gazette-local-sitebucket")
        .containsEntry("SITE_URL", "http://localhost:8080")
        .containsEntry("SITE_NAME", "Gazette");
  }

  @Test
  void theApiFunctionIsRoutedExactlyTheRoutesItsHandlerAnswers() {
    assertThat(stack.function("ArticlesApiFunction").routes()).extracting(HttpRoute::routeKey)
        .containsExactlyInAnyOrderElementsOf(dev.gazette.api.EditorRoutes.ROUTE_KEYS);
  }

  @Test
  void thePublisherReadsTheStreamWithTheTemplatesSettings() {
    StreamEventSource source = stack.function("PublisherFunction").streamSources().get(0);
    assertThat(source.tableLogicalId()).isEqualTo("ArticlesTable");
    assertThat(source.startingPosition()).isEqualTo("TRIM_HORIZON");
    assertThat(source.batchSize()).isEqualTo(25);
    assertThat(source.maximumBatchingWindow()).isEqualTo(Duration.ofSeconds(1));
    assertThat(source.maximumRetryAttempts()).isEqualTo(3);
    assertThat(source.maximumRecordAgeSeconds()).isEqualTo(3600);
    assertThat(source.bisectBatchOnFunctionError()).isTrue();
    assertThat(source.reportBatchItemFailures()).isTrue();
    assertThat(source.filterPatterns()).singleElement().asString().contains("\"prefix\": \"ARTICLE#\"");
  }
}
