package dev.gazette.bench.latency;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.article.Slug;
import dev.gazette.bench.GeneratedArticles;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.Dynoxide;
import dev.gazette.local.aws.DynoxideBinary;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.LocalResources;
import dev.gazette.local.cloudfront.CloudFrontApiStandIn;
import dev.gazette.local.lambda.LocalEndpoints;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import dev.gazette.publish.ArchiveImport;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code ./gazette bench latency}: how long the Publisher takes when every request costs what it
 * costs in AWS. Over dynoxide and S3Proxy, the template's Publisher function (built from its
 * environment, as Lambda builds it) gets a delay per DynamoDB and S3 request; the bench hands it
 * stream batches: single publishes, edits and unpublishes on an archive, then batches of
 * publishes into one topic, and prints how long each took and when the article pages were written.
 */
public final class LatencyBench {
  private static final Editor EDITOR = new Editor("bench", "La rédaction");
  private static final String SITE_URL = "https://news.example.org";

  private final LatencyOptions options;
  private final DynamoDbClient dynamo;
  private final String table;
  private final EditorDesk desk;
  private final SitePaths paths;
  private final GeneratedArticles generator;
  private final LocalFunction<DynamodbEvent, StreamsEventResponse> publisher;
  private final PageWrites writes;
  private final SimulatedLatency latency;
  private long sequenceNumber = 1;

  private LatencyBench(LatencyOptions options, DynamoDbClient dynamo, String table, EditorDesk desk,
      SitePaths paths, GeneratedArticles generator,
      LocalFunction<DynamodbEvent, StreamsEventResponse> publisher, PageWrites writes,
      SimulatedLatency latency) {
    this.options = options;
    this.dynamo = dynamo;
    this.table = table;
    this.desk = desk;
    this.paths = paths;
    this.generator = generator;
    this.publisher = publisher;
    this.writes = writes;
    this.latency = latency;
  }

  public static void main(String[] args) {
    LatencyOptions options = LatencyOptions.parse(args);
    // The Publisher prints a metrics line per invocation on stdout: keep stdout for the figures.
    PrintStream figures = System.out;
    System.setOut(System.err);
    StackTemplate stack = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"),
        "gazette-bench", Map.of("SiteUrl", SITE_URL));
    FunctionDefinition function = stack.functions().stream()
        .filter(candidate -> !candidate.streamSources().isEmpty()).findFirst()
        .orElseThrow(() -> new IllegalStateException("the template has no stream function"));
    Site site = Site.from(function.environment());
    try (Dynoxide dynoxide = new Dynoxide(DynoxideBinary.locate(System.getenv(), ProjectRoot.find()), null,
            options.ports()).start();
        S3Server s3Server = S3Server.inMemory(options.ports() == 0 ? 0 : options.ports() + 1).start();
        DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint());
        S3Client s3 = LocalAws.s3Client(s3Server.endpoint());
        // The Publisher's invalidations go to CloudFront's API, as in AWS (no CDN behind it here).
        CloudFrontApiStandIn cloudFront = new CloudFrontApiStandIn(0)
            .distribution(stack.distributionId(), paths -> { }).start()) {
      String table = createTable(dynamo, stack.table());
      stack.tables().stream().filter(other -> other.streamViewType() == null)
          .forEach(other -> LocalResources.ensureTable(dynamo, other));
      LocalResources.ensureBucket(s3, stack.bucketName(stack.cdnBucket()));
      Clock clock = Clock.systemUTC();
      EditorDesk desk = new EditorDesk(new DynamoArticleStore(dynamo, table), new ArticleIds(clock),
          clock, site.locale(), PictureLibrary.EMPTY);
      GeneratedArticles generator = new GeneratedArticles(options.articles());
      long started = System.nanoTime();
      load(options.articles(), desk, new ArchiveImport(new DynamoArticleLists(dynamo, table), site), generator, clock);
      System.err.printf("archive of %d articles loaded in %.0f s%n", options.articles(),
          (System.nanoTime() - started) / 1e9);

      PageWrites writes = new PageWrites();
      SimulatedLatency latency = new SimulatedLatency(options.delays());
      LocalFunction<DynamodbEvent, StreamsEventResponse> publisher = ClientHooks.during(
          List.of(latency, writes),
          () -> LocalFunction.load(function, LocalEndpoints.of(dynoxide.endpoint(), s3Server.endpoint())
              .withCloudFront(cloudFront.url())));
      LatencyBench bench = new LatencyBench(options, dynamo, table, desk, new SitePaths(site),
          generator, publisher, writes, latency);
      figures.print(LatencyReport.format(options, bench.singleChanges(), bench.batches()));
    }
  }

  /** Warm-up, then publishes, edits and unpublishes, one article per invocation. */
  private List<ChangeTiming> singleChanges() {
    // The first changes write the site's statics, fronts and month pages, and warm the JIT.
    for (int i = 0; i < 3; i++) {
      publish(generator.fresh("Échauffement " + i));
    }
    List<ChangeTiming> timings = new ArrayList<>();
    List<Article> fresh = new ArrayList<>();
    for (int i = 0; i < options.changes(); i++) {
      Article article = desk.create(generator.fresh("Nouvelle " + i), EDITOR);
      fresh.add(article);
      timings.add(measure("publish", new StreamBatch(sequenceNumber++).inserted(item(article.id())).event(),
          article.slug(), false));
    }
    for (int i = 0; i < options.changes(); i++) {
      Article current = fresh.get(i);
      ArticleContent retitled = generator.content("Titre revu " + i + " : " + current.title(), null, "published");
      Change edit = replace(current, retitled);
      fresh.set(i, edit.article());
      timings.add(measure("edit (retitle)", edit.event(), edit.article().slug(), false));
    }
    for (int i = 0; i < options.changes(); i++) {
      Article current = fresh.get(i);
      Change unpublish = replace(current, generator.content(current.title(), null, "draft"));
      timings.add(measure("unpublish", unpublish.event(), current.slug(), true));
    }
    return timings;
  }

  /** An editor's change and the stream record it makes. */
  private record Change(Article article, DynamodbEvent event) {}

  private Change replace(Article current, ArticleContent content) {
    Map<String, AttributeValue> before = item(current.id());
    Article next = desk.replace(current.id(), current.version(), content, EDITOR);
    return new Change(next, new StreamBatch(sequenceNumber++).modified(before, item(next.id())).event());
  }

  private void publish(ArticleContent content) {
    Article article = desk.create(content, EDITOR);
    invoke(new StreamBatch(sequenceNumber++).inserted(item(article.id())).event());
  }

  private ChangeTiming measure(String change, DynamodbEvent event, Slug slug, boolean removed) {
    String page = paths.articleKey(slug, OutputFormat.HTML);
    writes.reset();
    latency.reset();
    long start = System.nanoTime();
    invoke(event);
    long end = System.nanoTime();
    Optional<Long> pageDone = removed ? writes.firstDelete(page) : writes.firstWrite(page);
    return new ChangeTiming(change, millis(end - start), pageDone.map(at -> millis(at - start)).orElse(Double.NaN),
        latency.waited().toNanos() / 1e6, latency.requests("DynamoDb"), latency.requests("S3"));
  }

  /** Batches of publishes into a topic of their own, each batch one invocation. */
  private List<BatchTiming> batches() {
    List<BatchTiming> timings = new ArrayList<>();
    for (int b = 0; b < options.batches(); b++) {
      String topic = "Rafale " + (b + 1);
      StreamBatch batch = new StreamBatch(sequenceNumber);
      Set<String> ownKeys = new HashSet<>();
      List<String> ownPages = new ArrayList<>();
      for (int i = 0; i < options.batchSize(); i++) {
        Article article = desk.create(generator.freshIn("Rafale " + b + "." + i, topic), EDITOR);
        batch.inserted(item(article.id()));
        ownKeys.addAll(paths.articleKeys(article.slug()));
        ownPages.add(paths.articleKey(article.slug(), OutputFormat.HTML));
      }
      sequenceNumber += options.batchSize();
      writes.reset();
      latency.reset();
      long start = System.nanoTime();
      invoke(batch.event());
      long end = System.nanoTime();
      List<Double> firstWrites = ownPages.stream().flatMap(page -> writes.firstWrite(page).stream())
          .map(nanos -> millis(nanos - start)).toList();
      double first = firstWrites.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
      // All written, or never: a page the batch did not write leaves "all written" unknown.
      double last = firstWrites.size() < ownPages.size() ? Double.NaN
          : firstWrites.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      Map<String, Integer> own = new TreeMap<>();
      Map<String, Integer> others = new TreeMap<>();
      Map<String, Integer> shared = new TreeMap<>();
      writes.written().forEach((key, written) -> (ownKeys.contains(key) ? own
          : key.startsWith("articles/") ? others : shared).put(key, written.count()));
      timings.add(new BatchTiming(options.batchSize(), millis(end - start), latency.waited().toNanos() / 1e6,
          latency.requests("DynamoDb"), latency.requests("S3"), first, last, own, others, shared));
    }
    return timings;
  }

  private void invoke(DynamodbEvent event) {
    StreamsEventResponse response = publisher.invoke(event);
    if (!response.getBatchItemFailures().isEmpty()) {
      throw new IllegalStateException("the Publisher failed records " + response.getBatchItemFailures());
    }
  }

  private Map<String, AttributeValue> item(String articleId) {
    return dynamo.getItem(request -> request.tableName(table).consistentRead(true).key(Map.of(
        "pk", AttributeValue.fromS("ARTICLE#" + articleId), "sk", AttributeValue.fromS("ARTICLE")))).item();
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /**
   * The template's table without its stream: the bench hands the Publisher its batches itself,
   * and dynoxide's writes slow down as a stream grows.
   */
  private static String createTable(DynamoDbClient dynamo, TableDefinition table) {
    dynamo.createTable(request -> request.tableName(table.tableName())
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(table.keySchema()).attributeDefinitions(table.attributeDefinitions())
        .globalSecondaryIndexes(table.globalSecondaryIndexes()));
    return table.tableName();
  }

  /** Creates and lists the archive, its newest article an hour old (editor's writes, no delay). */
  private static void load(int size, EditorDesk desk, ArchiveImport archive, GeneratedArticles generator, Clock clock) {
    Instant newest = clock.instant().minusSeconds(3600);
    for (int i = 0; i < size; i++) {
      archive.add(desk.create(generator.archived(i, size, newest), EDITOR));
    }
  }
}
