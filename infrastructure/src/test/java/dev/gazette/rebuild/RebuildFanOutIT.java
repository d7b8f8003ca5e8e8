package dev.gazette.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.bench.GeneratedArticles;
import dev.gazette.handlers.RebuildChunkHandler;
import dev.gazette.handlers.RebuildChunks;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.sqs.SqsEventSource;
import dev.gazette.local.sqs.SqsStandIn;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import dev.gazette.publish.ArchiveImport;
import dev.gazette.publish.PageId;
import dev.gazette.publish.PageStore;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.PublisherParts;
import dev.gazette.publish.RebuildProgress;
import dev.gazette.render.RenderedFile;
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleScan;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.DynamoRebuildProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The rebuild fanned out as on Lambda, against dynoxide, S3Proxy and the SQS stand-in: chunks
 * queued, run side by side by the queue's event source (at most its maximum concurrency), one
 * chunk failing once after its pages were written and given again by the queue, the shared pages
 * rendered once by the last message, and a message that can never work moved to the dead-letter
 * queue after its tries.
 */
class RebuildFanOutIT {
  private static final int ARTICLES = 150;
  private static final int CHUNKS = 6;
  private static final int MAXIMUM_CONCURRENCY = 2;
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static S3Server s3Server;
  private static S3Client s3;
  private static SqsStandIn sqsServer;
  private static SqsClient sqs;

  @BeforeAll
  static void start() {
    s3Server = S3Server.inMemory(0).start();
    s3 = s3Server.client();
    sqsServer = new SqsStandIn(0).start();
    sqs = LocalAws.sqsClient(sqsServer.url());
  }

  @AfterAll
  static void stop() {
    sqs.close();
    sqsServer.close();
    s3.close();
    s3Server.close();
  }

  @Test
  void chunksRunSideBySideAFailedOneIsRetriedAndTheSharedPagesAreWrittenOnce() throws Exception {
    StackTemplate stack = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-it", Map.of());
    String table = "articles-" + UUID.randomUUID();
    String bucket = "site-" + UUID.randomUUID();
    create(table, stack.table());
    create(table + "-search", stack.table("SearchIndexTable"));
    s3.createBucket(request -> request.bucket(bucket));
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
    Clock clock = Clock.systemUTC();
    EditorDesk desk = new EditorDesk(new DynamoArticleStore(DYNAMO.client(), table), new ArticleIds(clock), clock,
        site.locale(), PictureLibrary.EMPTY);
    ArchiveImport archive = new ArchiveImport(new DynamoArticleLists(DYNAMO.client(), table), site);
    // Listed as an import lists them; the rebuild indexes them for search.
    new GeneratedArticles(ARTICLES).createListed(ARTICLES, clock.instant().minusSeconds(3600), desk,
        new Editor("it", "La rédaction"), archive);
    String deadLetters = sqs.createQueue(request -> request.queueName("rebuild-dead-letters")).queueUrl();
    String deadLettersArn = sqs.getQueueAttributes(request -> request.queueUrl(deadLetters)
        .attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn");
    String queue = sqs.createQueue(request -> request.queueName("rebuild").attributesWithStrings(Map.of(
        // Longer than a chunk takes here, as Lambda requires of a queue it reads (a retry comes after it).
        "VisibilityTimeout", "8",
        "RedrivePolicy", "{\"deadLetterTargetArn\":\"" + deadLettersArn + "\",\"maxReceiveCount\":\"3\"}"))).queueUrl();

    Map<String, AtomicInteger> puts = new ConcurrentHashMap<>();
    RebuildRun.Over over = RebuildRun.Over.tables(DYNAMO.client(), s3, table, table + "-search", bucket, site,
        new PublishCounters());
    PublisherParts parts = countingPuts(over.parts(), puts);
    RebuildProgress progress = failingOnce(new DynamoRebuildProgress(DYNAMO.client(), table), 2);
    RebuildChunks chunks = new RebuildChunks(parts, new DynamoArticleScan(DYNAMO.client(), table), progress,
        message -> sqs.sendMessage(request -> request.queueUrl(queue).messageBody(message.toJson())));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    FanOutRebuild fanOut = new FanOutRebuild(progress, sqs, queue, new PrintStream(printed, true, StandardCharsets.UTF_8));

    try (SqsEventSource mapping = new SqsEventSource(sqs, queue, 1, MAXIMUM_CONCURRENCY,
        event -> new RebuildChunkHandler(chunks).handleRequest(event, null)).start()) {
      sqs.sendMessage(request -> request.queueUrl(queue).messageBody("{\"run\": \"not-started\", \"shared\": true}"));
      fanOut.start("it-run", CHUNKS, false);
      RebuildProgress.Status done = fanOut.await("it-run", Duration.ofMinutes(3));

      assertThat(done.done()).isEqualTo(CHUNKS);
      assertThat(done.articles()).as("articles counted once, the retried chunk's too").isEqualTo(ARTICLES);
      assertThat(mapping.mostAtOnce()).as("invocations at once").isBetween(1, MAXIMUM_CONCURRENCY);
      awaitDeadLetter(deadLetters);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("6 chunks queued", "6 of 6 chunks done",
        "shared pages written");
    assertThat(puts.keySet()).contains("index.html", "search/stats.json", "sitemap.xml");
    assertThat(puts.keySet().stream().filter(key -> key.startsWith("search/terms/"))).hasSizeGreaterThan(80);
    assertThat(puts.values().stream().mapToInt(AtomicInteger::get))
        .as("times each file was written, though one chunk ran twice").containsOnly(1);
    assertThat(s3.getObjectAsBytes(request -> request.bucket(bucket).key("search/stats.json")).asUtf8String())
        .contains(String.valueOf(ARTICLES));
  }

  /** The dead-letter queue receives the message that names no run, after its three tries. */
  private static void awaitDeadLetter(String deadLetters) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(60);
    while (count(deadLetters) == 0) {
      assertThat(Instant.now()).as("a message in the dead-letter queue").isBefore(giveUp);
      Thread.sleep(100);
    }
    assertThat(sqs.receiveMessage(request -> request.queueUrl(deadLetters)).messages().get(0).body())
        .contains("not-started");
  }

  private static int count(String queue) {
    return Integer.parseInt(sqs.getQueueAttributes(request -> request.queueUrl(queue)
        .attributeNamesWithStrings("ApproximateNumberOfMessages")).attributesAsStrings()
        .get("ApproximateNumberOfMessages"));
  }

  /** The run's progress, whose count of chunk {@code chunk} fails the first time, after its pages were written. */
  private static RebuildProgress failingOnce(RebuildProgress progress, int chunk) {
    AtomicBoolean failed = new AtomicBoolean();
    return new RebuildProgress() {
      @Override
      public void start(String run, int chunks, boolean force) {
        progress.start(run, chunks, force);
      }

      @Override
      public void leave(String run, Collection<String> topics, Collection<PageId> sharedPages) {
        progress.leave(run, topics, sharedPages);
      }

      @Override
      public Status chunkDone(String run, int done, long articles) {
        if (done == chunk && failed.compareAndSet(false, true)) {
          throw new IllegalStateException("chunk " + chunk + " could not be counted (a test's failure)");
        }
        return progress.chunkDone(run, done, articles);
      }

      @Override
      public Status status(String run) {
        return progress.status(run);
      }

      @Override
      public Shared shared(String run) {
        return progress.shared(run);
      }

      @Override
      public void finished(String run) {
        progress.finished(run);
      }
    };
  }

  private static PublisherParts countingPuts(PublisherParts parts, Map<String, AtomicInteger> puts) {
    PageStore counted = new PageStore() {
      @Override
      public void put(RenderedFile file) {
        puts.computeIfAbsent(file.key(), key -> new AtomicInteger()).incrementAndGet();
        parts.pages().put(file);
      }

      @Override
      public void delete(String key) {
        parts.pages().delete(key);
      }
    };
    return new PublisherParts(parts.articles(), parts.media(), parts.lists(), parts.related(), parts.ledger(), counted,
        parts.invalidations(), parts.renderers(), parts.parallel(), parts.clock(), parts.counters(), parts.search(),
        parts.redirects());
  }

  private static void create(String name, TableDefinition definition) {
    DYNAMO.client().createTable(request -> {
      request.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(definition.keySchema()).attributeDefinitions(definition.attributeDefinitions());
      if (!definition.globalSecondaryIndexes().isEmpty()) {
        request.globalSecondaryIndexes(definition.globalSecondaryIndexes());
      }
    });
  }
}
