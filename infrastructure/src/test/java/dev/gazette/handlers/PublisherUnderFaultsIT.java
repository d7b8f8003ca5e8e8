package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.faults.FaultInjector;
import dev.gazette.faults.FaultRule;
import dev.gazette.faults.FaultyClients;
import dev.gazette.local.LocalResources;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.stream.StreamPoller;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import dev.gazette.publish.ArticlePublisher;
import dev.gazette.publish.PublishCounters;
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The Publisher with a tenth of its own DynamoDB and S3 requests failing in each way AWS fails
 * (before they reach the service, applied and then answered 500, slowly, throttled), fed by the
 * template's stream event source as Lambda would: 20 publishes, 5 retitles, 3 unpublishes and
 * 2 deletes all reach the bucket, with nothing given up to the failure destination.
 */
class PublisherUnderFaultsIT {
  private static final Duration CONVERGED_WITHIN = Duration.ofSeconds(120);
  private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"(?:https://news\\.example\\.org)?/articles/([^\"/]+)/\"");
  private static final Editor EDITOR = new Editor("u-1", "La rédaction");

  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static S3Server s3Server;
  private static S3Client s3;

  @TempDir
  Path dataDir;

  @BeforeAll
  static void start() {
    s3Server = S3Server.inMemory(0).start();
    s3 = s3Server.client();
  }

  @AfterAll
  static void stop() {
    s3.close();
    s3Server.close();
  }

  static Stream<FaultRule> faults() {
    // The first, with no fault at all, is the figure the others compare with.
    return Stream.of(FaultRule.failBeforeSending(0), FaultRule.failBeforeSending(0.1), FaultRule.appliedThen500(0.1),
        FaultRule.slow(0.1, Duration.ofMillis(150)), FaultRule.throttled(0.1));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void everyChangeReachesTheSiteAndNothingIsGivenUp(FaultRule rule) throws Exception {
    StackTemplate template = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-faults", Map.of());
    TableDefinition declared = template.table();
    String table = "faults-" + UUID.randomUUID();
    LocalResources.ensureTable(DYNAMO.client(), new TableDefinition(declared.logicalId(), table,
        declared.keySchema(), declared.attributeDefinitions(), declared.streamViewType(),
        declared.globalSecondaryIndexes()));
    TableDefinition search = template.table("SearchIndexTable");
    LocalResources.ensureTable(DYNAMO.client(), new TableDefinition(search.logicalId(), table + "-search",
        search.keySchema(), search.attributeDefinitions(), null, List.of()));
    String bucket = "site-" + UUID.randomUUID();
    s3.createBucket(request -> request.bucket(bucket));

    FaultInjector faults = new FaultInjector(rule.kind().ordinal() + 7, rule);
    FunctionDefinition function = template.function("PublisherFunction");
    try (DynamoDbClient faultyDynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults);
        S3Client faultyS3 = FaultyClients.s3(s3Server.endpoint(), faults)) {
      PublisherHandler handler = new PublisherHandler(ArticlePublisher.create(PublisherWiring.over(
          faultyDynamo, faultyS3, table, table + "-search", bucket, Site.from(Map.of("SITE_URL", "https://news.example.org")),
          Clock.systemUTC(), new PublishCounters())));
      EditorDesk desk = new EditorDesk(new DynamoArticleStore(DYNAMO.client(), table),
          new ArticleIds(Clock.systemUTC()), Clock.systemUTC(), Site.from(Map.of("SITE_URL", "https://news.example.org")).locale(),
          PictureLibrary.EMPTY);
      try (StreamPoller poller = new StreamPoller(DYNAMO.client(), DYNAMO.streams(), table,
          function.streamSources().get(0), new LocalFunction<>(function, handler), dataDir).start()) {
        Map<String, Article> live = new HashMap<>();
        List<Article> removed = new ArrayList<>();
        List<Article> all = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
          Article article = desk.create(content("Match numéro " + i + " du championnat", "published"), EDITOR);
          all.add(article);
          live.put(article.id(), article);
        }
        for (int i = 0; i < 5; i++) {
          Article retitled = desk.replace(all.get(i).id(), all.get(i).version(),
              content("Match numéro " + (i + 1) + " : le compte rendu corrigé", "published"), EDITOR);
          live.put(retitled.id(), retitled);
        }
        for (int i = 5; i < 8; i++) {
          desk.unpublish(all.get(i).id(), all.get(i).version());
          removed.add(live.remove(all.get(i).id()));
        }
        for (int i = 8; i < 10; i++) {
          desk.delete(all.get(i).id(), all.get(i).version());
          removed.add(live.remove(all.get(i).id()));
        }

        long started = System.nanoTime();
        Optional<String> wrong = awaitConverged(bucket, live.values(), removed);
        // A figure for the README, not an assertion: these machines are shared and noisy.
        System.out.printf("30 changes under %s at %.0f %% converged in %.1f s%n", rule.kind(),
            rule.rate() * 100, (System.nanoTime() - started) / 1e9);
        assertThat(wrong).as("the site after %s", rule.kind()).isEmpty();
        poller.awaitIdle(Duration.ofSeconds(30));
        Path failures = poller.failureSink().file();
        assertThat(!Files.exists(failures) || Files.readString(failures).isBlank())
            .as("records given up to the failure destination").isTrue();
      }
    }
    if (rule.rate() > 0) {
      assertThat(faults.injected(rule.kind())).as("faults injected").isPositive();
    }
  }

  private static ArticleContent content(String title, String status) {
    return new ArticleContent(title, null, "Compte rendu : " + title + ".", null, "Casablanca",
        List.of("Sport"), status, null, null, null, null);
  }

  /** Empty once the bucket shows exactly what the table says; else what is still wrong. */
  private Optional<String> awaitConverged(String bucket, Iterable<Article> live, List<Article> removed)
      throws InterruptedException {
    long deadline = System.nanoTime() + CONVERGED_WITHIN.toNanos();
    Optional<String> wrong;
    do {
      wrong = whatIsWrong(bucket, live, removed);
      if (wrong.isEmpty()) {
        return wrong;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    return wrong;
  }

  private Optional<String> whatIsWrong(String bucket, Iterable<Article> live, List<Article> removed) {
    Map<String, String> files;
    try {
      files = htmlFiles(bucket);
    } catch (S3Exception unreadable) {
      // The checker's own read (S3Proxy under load now and then answers a bare 400): look again.
      return Optional.of("bucket unreadable: " + unreadable.getMessage());
    }
    String topic = files.get("topics/sport/index.html");
    if (topic == null) {
      return Optional.of("no topic page");
    }
    for (Article article : live) {
      String page = files.get("articles/" + article.slug() + "/index.html");
      if (page == null || !page.contains(escaped(article.title()))) {
        return Optional.of("article page of " + article.title());
      }
      if (!topic.contains("/articles/" + article.slug() + "/")) {
        return Optional.of("topic page without " + article.title());
      }
    }
    for (Article article : removed) {
      if (files.containsKey("articles/" + article.slug() + "/index.html")) {
        return Optional.of("page still there: " + article.title());
      }
      if (topic.contains("/articles/" + article.slug() + "/")) {
        return Optional.of("topic page still lists " + article.title());
      }
    }
    Set<String> slugs = new java.util.HashSet<>();
    files.keySet().forEach(key -> {
      if (key.startsWith("articles/") && key.endsWith("/index.html")) {
        slugs.add(key.substring("articles/".length(), key.length() - "/index.html".length()));
      }
    });
    for (Map.Entry<String, String> file : files.entrySet()) {
      Matcher link = ARTICLE_LINK.matcher(file.getValue());
      while (link.find()) {
        if (!slugs.contains(link.group(1))) {
          return Optional.of("dead link in " + file.getKey() + " to " + link.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /** The title as a French page writes it: escaped, with a no-break space before its colon. */
  private static String escaped(String title) {
    return title.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&#34;")
        .replace(" :", "\u00a0:");
  }

  private Map<String, String> htmlFiles(String bucket) {
    Map<String, String> files = new HashMap<>();
    for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket)).contents()) {
      if (object.key().endsWith(".html")) {
        try {
          files.put(object.key(), s3.getObject(request -> request.bucket(bucket).key(object.key()),
              ResponseTransformer.toBytes()).asString(StandardCharsets.UTF_8));
        } catch (NoSuchKeyException gone) {
          // Deleted between the listing and the read: absent, as the next look will see.
        }
      }
    }
    return files;
  }
}
