package dev.gazette.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.bench.GeneratedArticles;
import dev.gazette.handlers.PublisherWiring;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.Dynoxide;
import dev.gazette.local.aws.DynoxideBinary;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import dev.gazette.publish.ArchiveImport;
import dev.gazette.publish.ArticlePublisher;
import dev.gazette.publish.PageStore;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.PublisherParts;
import dev.gazette.publish.Rebuild;
import dev.gazette.publish.SearchIndexImport;
import dev.gazette.publish.TermMonth;
import dev.gazette.render.RenderedFile;
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.RequestCounter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code ./gazette bench search}: what the search index costs, for archives of different sizes.
 * It loads N generated articles and indexes them in bulk, then publishes, edits and unpublishes
 * articles one by one, counting the index files each change writes; and it runs the search
 * page's script under Node over the bucket's index for a two-word query, counting the files and
 * bytes it downloads (with the result files of the ten articles it shows).
 */
public final class SearchBench {
  private static final Editor EDITOR = new Editor("bench", "La rédaction");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DynamoDbClient dynamo;
  private final S3Client s3;
  private final TableDefinition table;
  private final TableDefinition search;
  private final String query;

  private SearchBench(DynamoDbClient dynamo, S3Client s3, TableDefinition table, TableDefinition search,
      String query) {
    this.dynamo = dynamo;
    this.s3 = s3;
    this.table = table;
    this.search = search;
    this.query = query;
  }

  /**
   * {@code [--sizes 1000,20000] [--changes 10] [--query "sécheresse barrage"] [--ports N]}: with
   * {@code --ports}, dynoxide listens on N and S3Proxy on N + 1 (otherwise any free ports).
   */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(1_000, 20_000);
    int changes = 10;
    String query = "sécheresse barrage";
    int ports = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).map(String::strip)
            .map(Integer::parseInt).toList();
        case "--changes" -> changes = Integer.parseInt(args[++i]);
        case "--query" -> query = args[++i];
        case "--ports" -> ports = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: ./gazette bench search [--sizes 1000,20000] [--changes 10] [--query \"sécheresse barrage\"] [--ports N]");
      }
    }
    StackTemplate stack = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-bench", Map.of());
    TableDefinition definition = stack.table();
    TableDefinition searchDefinition = stack.table("SearchIndexTable");
    List<String> rows = new ArrayList<>();
    try (Dynoxide dynoxide = new Dynoxide(DynoxideBinary.locate(System.getenv(), Path.of("")), null, ports).start();
        S3Server s3Server = S3Server.inMemory(ports == 0 ? 0 : ports + 1).start();
        DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint(), new RequestCounter());
        S3Client s3 = LocalAws.s3Client(s3Server.endpoint(), new RequestCounter())) {
      SearchBench bench = new SearchBench(dynamo, s3, definition, searchDefinition, query);
      for (int size : sizes) {
        rows.add(bench.run(size, changes));
      }
    }
    System.out.println("Search index: index files (search/…) written per change, mean of " + changes
        + "; what the query \"" + query + "\" downloads");
    System.out.printf("%9s %9s %9s %10s %14s %14s%n", "articles", "publish", "edit", "unpublish",
        "query files", "query bytes");
    rows.forEach(System.out::println);
  }

  private String run(int size, int changes) throws Exception {
    String tableName = "search-bench-" + size + "-" + System.nanoTime();
    String bucket = "search-bench-" + size + "-" + System.nanoTime();
    dynamo.createTable(request -> request.tableName(tableName).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(table.keySchema()).attributeDefinitions(table.attributeDefinitions())
        .globalSecondaryIndexes(table.globalSecondaryIndexes()));
    String searchTable = tableName + "-search";
    dynamo.createTable(request -> request.tableName(searchTable).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(search.keySchema()).attributeDefinitions(search.attributeDefinitions()));
    s3.createBucket(request -> request.bucket(bucket));
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
    Clock clock = Clock.systemUTC();
    DynamoArticleStore articles = new DynamoArticleStore(dynamo, tableName);
    EditorDesk desk = new EditorDesk(articles, new ArticleIds(clock), clock, site.locale(), PictureLibrary.EMPTY);
    GeneratedArticles generator = new GeneratedArticles(size);
    PublisherParts parts = PublisherWiring.over(dynamo, s3, tableName, searchTable, bucket, site, clock, new PublishCounters());
    AtomicLong indexWrites = new AtomicLong();
    PageStore counted = new PageStore() {
      @Override
      public void put(RenderedFile file) {
        if (file.key().startsWith("search/")) {
          indexWrites.incrementAndGet();
        }
        parts.pages().put(file);
      }

      @Override
      public void delete(String key) {
        parts.pages().delete(key);
      }
    };
    PublisherParts countedParts = new PublisherParts(parts.articles(), parts.media(), parts.lists(),
        parts.related(), parts.ledger(), counted, parts.invalidations(), parts.renderers(), parts.parallel(),
        parts.clock(), parts.counters(), parts.search());

    long started = System.nanoTime();
    ArchiveImport archive = new ArchiveImport(new DynamoArticleLists(dynamo, tableName), site);
    Instant newest = clock.instant().minusSeconds(3600);
    List<Article> loaded = generator.createListed(size, newest, desk, EDITOR, archive);
    Set<TermMonth> shards = new SearchIndexImport(parts.search(), site).add(loaded);
    Rebuild.create(parts, false).searchFiles(shards);
    System.err.printf("N=%d: archive loaded and indexed in %.0f s (%d term months)%n", size,
        (System.nanoTime() - started) / 1e9, shards.size());

    ArticlePublisher publisher = ArticlePublisher.create(countedParts);
    for (int i = 0; i < 3; i++) {
      publish(desk, publisher, generator.fresh("Échauffement " + i));
    }
    List<Article> fresh = new ArrayList<>();
    indexWrites.set(0);
    for (int i = 0; i < changes; i++) {
      fresh.add(publish(desk, publisher, generator.fresh("Nouvelle " + i)));
    }
    double publishing = indexWrites.getAndSet(0) / (double) changes;
    for (int i = 0; i < changes; i++) {
      Article current = fresh.get(i);
      fresh.set(i, change(desk, publisher, current,
          generator.content("Titre revu " + i + " : " + current.title(), null, "published")));
    }
    double editing = indexWrites.getAndSet(0) / (double) changes;
    for (int i = 0; i < changes; i++) {
      Article current = fresh.get(i);
      change(desk, publisher, current, generator.content(current.title(), null, "draft"));
    }
    double unpublishing = indexWrites.getAndSet(0) / (double) changes;

    long[] download = queryDownload(bucket, articles, parts);
    return String.format("%9d %9.1f %9.1f %10.1f %14d %14d", size, publishing, editing, unpublishing,
        download[0], download[1]);
  }

  /** Files and bytes the search script fetches for the query, with its ten results' files. */
  private long[] queryDownload(String bucket, DynamoArticleStore articles, PublisherParts parts) throws Exception {
    Path dir = Files.createTempDirectory("search-bench");
    for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix("search/")).contents()) {
      Path path = dir.resolve(object.key());
      Files.createDirectories(path.getParent());
      Files.write(path, s3.getObjectAsBytes(request -> request.bucket(bucket).key(object.key())).asByteArray());
    }
    Path script = dir.resolve("search.js");
    try (InputStream in = SearchBench.class.getResourceAsStream("/dev/gazette/render/search.js")) {
      Files.write(script, in.readAllBytes());
    }
    Path probe = Files.writeString(dir.resolve("query.js"), String.join("\n",
        "const s = require(" + JSON.writeValueAsString(script.toString()) + ");",
        "const fs = require('fs');",
        "const fetched = [];",
        "const index = name => {",
        "  const path = " + JSON.writeValueAsString(dir.resolve("search").toString()) + " + '/' + name;",
        "  if (!fs.existsSync(path)) { fetched.push([name, 0]); return Promise.resolve(null); }",
        "  const bytes = fs.readFileSync(path);",
        "  fetched.push([name, bytes.length]);",
        "  return Promise.resolve(JSON.parse(bytes.toString('utf8')));",
        "};",
        "s.search(s.terms(" + JSON.writeValueAsString(query) + "), index)",
        "  .then(ranked => console.log(JSON.stringify({top: ranked.slice(0, 10).map(hit => hit.id), fetched})));", ""));
    Process node = new ProcessBuilder("node", probe.toString()).redirectErrorStream(true).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
      throw new IllegalStateException("node failed: " + output);
    }
    JsonNode answer = JSON.readTree(output);
    long files = 0;
    long bytes = 0;
    for (JsonNode file : answer.get("fetched")) {
      files++;
      bytes += file.get(1).asLong();
    }
    // The ten results' files: archived articles were indexed in bulk, their pages never rendered.
    for (JsonNode id : answer.get("top")) {
      Article article = articles.find(id.asText()).orElseThrow();
      files++;
      bytes += parts.renderers().search().document(article, article.summary()).bytes().length;
    }
    return new long[] {files, bytes};
  }

  private static Article publish(EditorDesk desk, ArticlePublisher publisher, ArticleContent content) {
    Article article = desk.create(content, EDITOR);
    publisher.refresh(article.id(), Set.of(article.slug()));
    return article;
  }

  private static Article change(EditorDesk desk, ArticlePublisher publisher, Article current, ArticleContent content) {
    Article next = desk.replace(current.id(), current.version(), content, EDITOR);
    publisher.refresh(next.id(), new HashSet<>(List.of(current.slug(), next.slug())));
    return next;
  }
}
