package dev.gazette.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.bench.GeneratedArticles;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import dev.gazette.publish.ArchiveImport;
import dev.gazette.publish.PageStore;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.PublisherParts;
import dev.gazette.render.RenderedFile;
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The case that stalled a rebuild after an import: an archive listed but not yet indexed, whose
 * articles share every word (the generated text has a vocabulary of 80), rebuilt by four scan
 * segments at once. Each segment indexes its own articles; the search files they all share are
 * written once, after the segments, and list every article.
 */
class RebuildSharedSearchFilesIT {
  private static final int ARTICLES = 440;
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static S3Server s3Server;
  private static S3Client s3;

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

  @Test
  void fourSegmentsSharingEverySearchFileWriteEachOnceAndTheFilesCountEveryArticle(@TempDir Path dir)
      throws Exception {
    StackTemplate stack = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-it", Map.of());
    String table = "articles-" + UUID.randomUUID();
    String searchTable = table + "-search";
    String bucket = "site-" + UUID.randomUUID();
    create(table, stack.table());
    create(searchTable, stack.table("SearchIndexTable"));
    s3.createBucket(request -> request.bucket(bucket));
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
    Clock clock = Clock.systemUTC();
    EditorDesk desk = new EditorDesk(new DynamoArticleStore(DYNAMO.client(), table), new ArticleIds(clock), clock,
        site.locale(), PictureLibrary.EMPTY);
    ArchiveImport archive = new ArchiveImport(new DynamoArticleLists(DYNAMO.client(), table), site);
    // Listed as an import lists them; the rebuild indexes them for search.
    new GeneratedArticles(ARTICLES).createListed(ARTICLES, clock.instant().minusSeconds(3600), desk,
        new Editor("it", "La rédaction"), archive);

    Map<String, AtomicInteger> puts = new ConcurrentHashMap<>();
    PublishCounters first = new PublishCounters();
    RebuildRun.Over over = RebuildRun.Over.tables(DYNAMO.client(), s3, table, searchTable, bucket, site, first);
    PublisherParts parts = over.parts();
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
    RebuildRun.Over counting = new RebuildRun.Over(new PublisherParts(parts.articles(), parts.media(), parts.lists(),
        parts.related(), parts.ledger(), counted, parts.invalidations(), parts.renderers(), parts.parallel(),
        parts.clock(), parts.counters(), parts.search(), parts.redirects()), over.scan());
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    new RebuildRun(counting, new PrintStream(progress, true, StandardCharsets.UTF_8), false)
        .run(dir.resolve("checkpoint.json"), 4);

    Map<String, Integer> searchFiles = new TreeMap<>();
    puts.forEach((key, count) -> {
      if (key.startsWith("search/terms/")) {
        searchFiles.put(key, count.get());
      }
    });
    assertThat(searchFiles).as("the search files the segments share").hasSizeGreaterThan(80);
    assertThat(searchFiles.values()).as("times each search file was written").containsOnly(1);
    assertThat(puts.values().stream().mapToInt(AtomicInteger::get)).as("times each file was written").containsOnly(1);
    // Nothing was in the bucket: a file found unchanged is a file rendered a second time.
    assertThat(first.skipped()).as("files rendered more than once").isZero();
    // Every term's summary counts the articles of all four segments, as the index does.
    int checked = 0;
    for (String key : searchFiles.keySet()) {
      if (key.chars().filter(c -> c == '/').count() == 2) {
        String term = key.substring("search/terms/".length(), key.length() - ".json".length());
        int indexed = parts.search().months(term).values().stream().mapToInt(Integer::intValue).sum();
        JsonNode summary = JSON.readTree(object(bucket, key));
        assertThat(summary.get("articles").asInt()).as(key).isEqualTo(indexed).isPositive();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(object(bucket, "search/stats.json")).contains(String.valueOf(ARTICLES));

    puts.clear();
    PublishCounters second = new PublishCounters();
    RebuildRun.Over again = RebuildRun.Over.tables(DYNAMO.client(), s3, table, searchTable, bucket, site, second);
    new RebuildRun(again, new PrintStream(progress, true, StandardCharsets.UTF_8), false)
        .run(dir.resolve("checkpoint.json"), 4);
    assertThat(second.written()).as("a second rebuild writes nothing").isZero();
    // Each file rendered once again, but for the search files: the first rebuild wrote them, so
    // the articles' index records no longer name them (a forced rebuild renders them all).
    assertThat(second.skipped()).as("files rendered again, each once")
        .isEqualTo(first.written() - searchFiles.size());
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

  private static String object(String bucket, String key) {
    return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asUtf8String();
  }
}
