package dev.gazette.bench;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.handlers.PublisherWiring;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.Dynoxide;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TableDefinition;
import dev.gazette.publish.ArchiveImport;
import dev.gazette.publish.ArticlePublisher;
import dev.gazette.publish.PublishCounters;
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.RequestCounter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code ./gazette bench}: what one change costs in DynamoDB and S3 requests, for archives of
 * different sizes. It loads N generated articles, then publishes, edits and unpublishes
 * articles one by one, counting every request the editor's write and the Publisher make.
 */
public final class CostBench {
  private static final Editor EDITOR = new Editor("bench", "La rédaction");
  private final DynamoDbClient dynamo;
  private final S3Client s3;
  private final RequestCounter counter;
  private final TableDefinition table;
  private final TableDefinition search;

  private CostBench(DynamoDbClient dynamo, S3Client s3, RequestCounter counter, TableDefinition table,
      TableDefinition search) {
    this.dynamo = dynamo;
    this.s3 = s3;
    this.counter = counter;
    this.table = table;
    this.search = search;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    RequestCounter counter = new RequestCounter();
    StackTemplate stack = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-bench", Map.of());
    TableDefinition definition = stack.table();
    TableDefinition searchDefinition = stack.table("SearchIndexTable");
    try (Dynoxide dynoxide = Dynoxide.inMemory().start();
        S3Server s3Server = S3Server.inMemory(0).start();
        DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint(), counter);
        S3Client s3 = LocalAws.s3Client(s3Server.endpoint(), counter)) {
      CostBench bench = new CostBench(dynamo, s3, counter, definition, searchDefinition);
      Map<Integer, List<ChangeCost>> results = new LinkedHashMap<>();
      for (int size : options.sizes()) {
        results.put(size, bench.run(size, options.changes()));
      }
      System.out.print(CostTable.format(results, options.changes()));
    }
  }

  private List<ChangeCost> run(int size, int changes) {
    String tableName = "bench-" + size + "-" + System.nanoTime();
    String bucket = "bench-" + size + "-" + System.nanoTime();
    // No stream: the bench calls the Publisher itself, and dynoxide's writes slow down as a
    // stream grows (each write costs time in proportion to the stream's length), which would
    // make loading 20 000 articles take hours. Request counts do not depend on it.
    dynamo.createTable(request -> request.tableName(tableName)
        .billingMode(BillingMode.PAY_PER_REQUEST)
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
    long started = System.nanoTime();
    // Only the measured changes are counted.
    generator.createListed(size, clock.instant().minusSeconds(3600), desk, EDITOR,
        new ArchiveImport(new DynamoArticleLists(dynamo, tableName), site));
    System.err.printf("N=%d: archive loaded in %.0f s%n", size, (System.nanoTime() - started) / 1e9);

    PublishCounters pages = new PublishCounters();
    ArticlePublisher publisher = ArticlePublisher.create(
        PublisherWiring.over(dynamo, s3, tableName, searchTable, bucket, site, clock, pages));
    // Warm up: the first changes write the site's fronts, statics and month pages for the first time.
    for (int i = 0; i < 3; i++) {
      publish(desk, publisher, generator.fresh("Échauffement " + i));
    }
    List<Article> fresh = new ArrayList<>();
    ChangeCost publishing = measure("publish", changes, pages, i -> {
      fresh.add(publish(desk, publisher, generator.fresh("Nouvelle " + i)));
      return null;
    });
    ChangeCost editing = measure("edit (retitle)", changes, pages, i -> {
      Article current = fresh.get(i);
      ArticleContent retitled = generator.content("Titre revu " + i + " : " + current.title(),
          null, "published");
      fresh.set(i, change(desk, publisher, current, retitled));
      return null;
    });
    ChangeCost unpublishing = measure("unpublish", changes, pages, i -> {
      Article current = fresh.get(i);
      change(desk, publisher, current, generator.content(current.title(), null, "draft"));
      return null;
    });
    return List.of(publishing, editing, unpublishing);
  }

  private ChangeCost measure(String change, int samples, PublishCounters pages,
      Function<Integer, Void> step) {
    counter.reset();
    long written = pages.written();
    for (int i = 0; i < samples; i++) {
      step.apply(i);
    }
    return ChangeCost.average(change, samples, counter.requests(), counter.readUnits(),
        counter.writeUnits(), pages.written() - written);
  }

  private static Article publish(EditorDesk desk, ArticlePublisher publisher, ArticleContent content) {
    Article article = desk.create(content, EDITOR);
    publisher.refresh(article.id(), Set.of(article.slug()));
    return article;
  }

  private static Article change(EditorDesk desk, ArticlePublisher publisher, Article current,
      ArticleContent content) {
    Article next = desk.replace(current.id(), current.version(), content, EDITOR);
    publisher.refresh(next.id(), new HashSet<>(List.of(current.slug(), next.slug())));
    return next;
  }

}
