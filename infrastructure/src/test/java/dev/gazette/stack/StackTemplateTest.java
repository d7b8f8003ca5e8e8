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
  void theTableAndBucketsGetLocalNamesDerivedFromTheStack() {
    assertThat(stack.table().tableName()).isEqualTo("gazette-local-ArticlesTable");
    assertThat(stack.buckets()).containsExactly(Map.entry("SiteBucket", "gazette-local-sitebucket"),
        Map.entry("UploadsBucket", "gazette-local-uploadsbucket"));
  }

  /** sam build runs {@code make build-<LogicalId>} for each function built by the makefile. */
  @Test
  void theMakefileBuildsEveryFunctionTheTemplateBuildsWithIt() throws Exception {
    String makefile = java.nio.file.Files.readString(ProjectRoot.find().resolve("Makefile"));
    String listed = makefile.lines().filter(line -> line.startsWith("FUNCTIONS := ")).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) stack.document().get("Resources");
    java.util.List<String> madeByMake = resources.entrySet().stream()
        .filter(resource -> "AWS::Serverless::Function".equals(resource.getValue().get("Type")))
        .filter(resource -> resource.getValue().get("Metadata") instanceof Map<?, ?> metadata
            && "makefile".equals(metadata.get("BuildMethod")))
        .map(Map.Entry::getKey).toList();
    assertThat(madeByMake).isNotEmpty();
    assertThat(java.util.Arrays.asList(listed.substring("FUNCTIONS := ".length()).trim().split("\\s+")))
        .containsExactlyInAnyOrderElementsOf(madeByMake);
  }

  @Test
  void theCdnServesTheOriginOfTheDistributionAndNotTheUploads() {
    assertThat(stack.cdnBucket()).isEqualTo("SiteBucket");
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
            "dev.gazette.handlers.ScheduledPublishingHandler", "dev.gazette.handlers.MediaHandler",
            "dev.gazette.handlers.RebuildChunkHandler");
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
    assertThat(source.maximumBatchingWindow()).as("chosen for latency").isEqualTo(Duration.ZERO);
    assertThat(source.maximumRetryAttempts()).isEqualTo(3);
    assertThat(source.maximumRecordAgeSeconds()).isEqualTo(3600);
    assertThat(source.bisectBatchOnFunctionError()).isTrue();
    assertThat(source.reportBatchItemFailures()).isTrue();
    assertThat(source.filterPatterns()).hasSize(3).anySatisfy(pattern -> assertThat(pattern).contains("\"prefix\": \"ARTICLE#\""))
        .anySatisfy(pattern -> assertThat(pattern).contains("\"prefix\": \"MEDIA#\""));
  }

  @Test
  void theMediaFunctionGetsEveryObjectCreatedUnderTheUploadsPrefixWithTwoRetriesToItsQueue() {
    FunctionDefinition media = stack.function("MediaFunction");
    assertThat(media.s3Sources()).singleElement().satisfies(source -> {
      assertThat(source.bucketLogicalId()).isEqualTo("UploadsBucket");
      assertThat(source.bucketName()).isEqualTo("gazette-local-uploadsbucket");
      assertThat(source.events()).containsExactly("s3:ObjectCreated:*");
      assertThat(source.prefix()).isEqualTo("uploads/");
      assertThat(source.suffix()).isEmpty();
    });
    assertThat(media.asyncInvocation().maximumRetryAttempts()).isEqualTo(2);
    assertThat(media.asyncInvocation().maximumEventAge()).isEqualTo(Duration.ofHours(1));
    assertThat(media.asyncInvocation().onFailureDestination())
        .isEqualTo("arn:aws:sqs:us-east-1:000000000000:gazette-local-MediaFailures");
    assertThat(media.environment()).containsEntry("UPLOADS_BUCKET", "gazette-local-uploadsbucket")
        .containsEntry("BUCKET_NAME", "gazette-local-sitebucket");
  }
}
