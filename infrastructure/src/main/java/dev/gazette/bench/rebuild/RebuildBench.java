package dev.gazette.bench.rebuild;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.bench.GeneratedArticles;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.Dynoxide;
import dev.gazette.local.aws.DynoxideBinary;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import dev.gazette.publish.ArchiveImport;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.Rebuild;
import dev.gazette.publish.SearchIndexImport;
import dev.gazette.publish.TermMonth;
import dev.gazette.rebuild.RebuildRun;
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.RequestCounter;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code ./gazette bench rebuild}: how fast {@code ./gazette rebuild} renders a site. For each
 * size it loads N generated articles through the bulk path (listed and indexed without the
 * Publisher, the search files written), on a dynoxide and an S3Proxy on disk of its own, then
 * times a first rebuild (every page written) and a second one (nothing changed, nothing
 * written), printing the requests each made by kind. {@code --unindexed} leaves the search
 * index empty, as {@code ./gazette import} does, so the first rebuild indexes every article
 * and every scan segment touches the same search files (the generated text has 80 words).
 */
public final class RebuildBench {
  private static final Editor EDITOR = new Editor("bench", "La rédaction");
  static final String USAGE =
      "usage: ./gazette bench rebuild [--articles 1000,10000] [--segments 4] [--ports N] [--unindexed]";

  private final DynamoDbClient dynamo;
  private final S3Client s3;
  private final RequestCounter counter;
  private final TableDefinition table;
  private final TableDefinition search;
  private final int segments;
  private final boolean unindexed;

  private RebuildBench(DynamoDbClient dynamo, S3Client s3, RequestCounter counter, TableDefinition table,
      TableDefinition search, int segments, boolean unindexed) {
    this.unindexed = unindexed;
    this.dynamo = dynamo;
    this.s3 = s3;
    this.counter = counter;
    this.table = table;
    this.search = search;
    this.segments = segments;
  }

  /** With {@code --ports N}, dynoxide listens on N and S3Proxy on N + 1 (otherwise any free ports). */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(1_000);
    int segments = 4;
    int ports = 0;
    boolean unindexed = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> sizes = Arrays.stream(value(args, ++i).split(",")).map(String::strip)
            .map(Integer::parseInt).toList();
        case "--segments" -> segments = Integer.parseInt(value(args, ++i));
        case "--ports" -> ports = Integer.parseInt(value(args, ++i));
        case "--unindexed" -> unindexed = true;
        case "-h", "--help" -> {
          System.out.println(USAGE);
          return;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    StackTemplate stack = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-bench", Map.of());
    Path bucketDir = Files.createTempDirectory("gazette-rebuild-bench");
    RequestCounter counter = new RequestCounter();
    List<String> rows = new ArrayList<>();
    try (Dynoxide dynoxide = new Dynoxide(DynoxideBinary.locate(System.getenv(), Path.of("")), null, ports).start();
        S3Server s3Server = S3Server.onDisk(bucketDir, ports == 0 ? 0 : ports + 1).start();
        DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint(), counter);
        S3Client s3 = LocalAws.s3Client(s3Server.endpoint(), counter)) {
      RebuildBench bench = new RebuildBench(dynamo, s3, counter, stack.table(), stack.table("SearchIndexTable"),
          segments, unindexed);
      for (int size : sizes) {
        rows.addAll(bench.run(size));
      }
    }
    System.out.printf("Rebuild (./gazette rebuild's code), %d cores, dynoxide + S3Proxy on disk, %d scan segments%s%n",
        Runtime.getRuntime().availableProcessors(), segments, unindexed ? ", search index empty before the first" : "");
    System.out.printf("%9s %-7s %7s %9s %8s %8s %8s %8s %7s  %s%n", "articles", "run", "written", "unchanged",
        "wall s", "ms/art", "pages/s", "art. s", "lists s", "requests");
    rows.forEach(System.out::println);
  }

  private List<String> run(int size) throws Exception {
    String tableName = "rebuild-bench-" + size + "-" + System.nanoTime();
    String searchTable = tableName + "-search";
    String bucket = "rebuild-bench-" + size + "-" + System.nanoTime();
    // No stream: nothing here wakes a Publisher, and dynoxide's writes slow down as a stream grows.
    dynamo.createTable(request -> request.tableName(tableName).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(table.keySchema()).attributeDefinitions(table.attributeDefinitions())
        .globalSecondaryIndexes(table.globalSecondaryIndexes()));
    dynamo.createTable(request -> request.tableName(searchTable).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(search.keySchema()).attributeDefinitions(search.attributeDefinitions()));
    s3.createBucket(request -> request.bucket(bucket));
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
    Clock clock = Clock.systemUTC();

    long started = System.nanoTime();
    EditorDesk desk = new EditorDesk(new DynamoArticleStore(dynamo, tableName), new ArticleIds(clock), clock,
        site.locale(), PictureLibrary.EMPTY);
    ArchiveImport archive = new ArchiveImport(new DynamoArticleLists(dynamo, tableName), site);
    GeneratedArticles generator = new GeneratedArticles(size);
    Instant newest = clock.instant().minusSeconds(3600);
    List<Article> loaded = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Article article = desk.create(generator.archived(i, size, newest), EDITOR);
      archive.add(article);
      loaded.add(article);
    }
    RebuildRun.Over loading = RebuildRun.Over.tables(dynamo, s3, tableName, searchTable, bucket, site,
        new PublishCounters());
    if (!unindexed) {
      Set<TermMonth> shards = new SearchIndexImport(loading.parts().search(), site).add(loaded);
      Rebuild.create(loading.parts(), false).searchFiles(shards);
    }
    System.err.printf("N=%d: archive loaded, listed%s in %.1f s%n", size, unindexed ? "" : " and indexed",
        (System.nanoTime() - started) / 1e9);

    List<String> rows = new ArrayList<>();
    rows.add(rebuild(size, "first", tableName, searchTable, bucket, site));
    rows.add(rebuild(size, "second", tableName, searchTable, bucket, site));
    return rows;
  }

  private String rebuild(int size, String label, String tableName, String searchTable, String bucket, Site site)
      throws Exception {
    PublishCounters pages = new PublishCounters();
    RebuildRun.Over over = RebuildRun.Over.tables(dynamo, s3, tableName, searchTable, bucket, site, pages);
    Path checkpoint = Files.createTempDirectory("rebuild-bench").resolve("checkpoint.json");
    counter.reset();
    long started = System.nanoTime();
    RebuildRun.Stages stages = new RebuildRun(over, new PrintStream(OutputStream.nullOutputStream()), false)
        .run(checkpoint, segments);
    double seconds = (System.nanoTime() - started) / 1e9;
    over.parts().parallel().close();
    Map<String, Long> requests = counter.requests();
    String kinds = requests.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
        .collect(Collectors.joining(", "));
    System.err.printf("N=%d: %s rebuild in %.1f s%n", size, label, seconds);
    return String.format("%9d %-7s %7d %9d %8.1f %8.2f %8.0f %8.1f %7.1f  %s", size, label, pages.written(),
        pages.skipped(), seconds, seconds * 1000 / stages.articles(), pages.written() / seconds,
        stages.articleSeconds(), stages.listSeconds(), kinds);
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value; " + USAGE);
    }
    return args[index];
  }
}
