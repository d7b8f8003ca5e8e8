package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.LocalResources;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.Dynoxide;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.lambda.LocalEndpoints;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.publish.CdnInvalidations;
import dev.gazette.runtime.SnapshotHooks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** What SnapStart runs before its snapshot, against dynoxide and S3Proxy: it answers, and writes nothing. */
class PrimingIT {
  private static final StackTemplate STACK = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"),
      "gazette-priming", Map.of("SiteUrl", "https://news.example.org"));
  private static Dynoxide dynoxide;
  private static S3Server s3Server;
  private static DynamoDbClient dynamo;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    dynoxide = Dynoxide.inMemory().start();
    s3Server = S3Server.inMemory(0).start();
    dynamo = dev.gazette.local.aws.LocalAws.dynamoDbClient(dynoxide.endpoint());
    s3 = s3Server.client();
    STACK.tables().forEach(table -> LocalResources.ensureTable(dynamo, table));
    STACK.buckets().values().forEach(bucket -> s3.createBucket(request -> request.bucket(bucket)));
  }

  @AfterAll
  static void stop() {
    s3.close();
    dynamo.close();
    s3Server.close();
    dynoxide.close();
  }

  @Test
  void primingBothFunctionsAnswersEveryRequestAndLeavesTheTableAndBucketsEmpty() throws Exception {
    ArticlesApiHandler api = new ArticlesApiHandler(environment("ArticlesApiFunction"));
    new PublisherHandler(environment("PublisherFunction"));
    assertThat(SnapshotHooks.registered()).isGreaterThanOrEqualTo(2);

    SnapshotHooks.beforeCheckpoint();
    SnapshotHooks.afterRestore();

    assertThat(new ApiPriming(api).prime()).as("absent article, drafts, topics, absent picture, refused create")
        .containsExactly(404, 200, 200, 404, 400);
    assertThat(dynamo.scan(request -> request.tableName(STACK.table().tableName())).items()).isEmpty();
    for (String bucket : STACK.buckets().values()) {
      assertThat(s3.listObjectsV2(request -> request.bucket(bucket)).contents()).as(bucket).isEmpty();
    }
  }

  @Test
  void thePublishersPrimingRendersEveryKindOfPage() {
    PublisherPriming priming = new PublisherPriming(dynamo, s3, STACK.table().tableName(),
        STACK.buckets().get("SiteBucket"), dev.gazette.render.SiteRenderers.of(
            dev.gazette.site.Site.from(Map.of("SITE_URL", "https://news.example.org"))), () -> CdnInvalidations.NONE);
    List<String> keys = priming.render().stream().map(file -> file.key()).toList();
    assertThat(keys).contains("index.html", "feed.xml", "sitemap.xml")
        .anyMatch(key -> key.startsWith("articles/amorcage-du-publieur/"))
        .anyMatch(key -> key.startsWith("topics/societe/"))
        .anyMatch(key -> key.startsWith("archives/"));
  }

  @Test
  void thePublishersPrimingBuildsTheCdnClientThatBatchesBuildOnlyWhenTheyInvalidate() {
    AtomicInteger built = new AtomicInteger();
    PublisherPriming priming = new PublisherPriming(dynamo, s3, STACK.table().tableName(),
        STACK.buckets().get("SiteBucket"), dev.gazette.render.SiteRenderers.of(
            dev.gazette.site.Site.from(Map.of("SITE_URL", "https://news.example.org"))), () -> {
              built.incrementAndGet();
              return CdnInvalidations.NONE;
            });
    priming.beforeCheckpoint(null);
    assertThat(built).hasValue(1);
  }

  private Map<String, String> environment(String function) {
    return LocalFunction.environment(STACK.function(function),
        LocalEndpoints.of(dynoxide.endpoint(), s3Server.endpoint()));
  }
}
