package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.handlers.PublisherWiring;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.local.aws.S3Server;
import dev.gazette.render.RenderedFile;
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.DynamoSearchIndex;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/** The search index kept by the Publisher against dynoxide and S3Proxy. */
class SearchIndexIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static S3Server s3Server;
  private static S3Client s3;
  private final Site site = Site.from(Map.of("SITE_URL", "http://localhost:8080"));
  private final List<String> writes = new CopyOnWriteArrayList<>();
  private String table;
  private String bucket;
  private EditorDesk desk;
  private ArticlePublisher publisher;

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

  @BeforeEach
  void siteOfItsOwn() {
    table = "articles-" + UUID.randomUUID();
    DYNAMO.client().createTable(request -> request.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("pk"), attribute("sk"))
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    // The search index's own table, as in the template.
    DYNAMO.client().createTable(request -> request.tableName(table + "-search").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("pk"), attribute("sk"))
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    bucket = "site-" + UUID.randomUUID();
    s3.createBucket(request -> request.bucket(bucket));
    desk = new EditorDesk(new DynamoArticleStore(DYNAMO.client(), table), new ArticleIds(Clock.systemUTC()),
        Clock.systemUTC(), site.locale(), PictureLibrary.EMPTY);
    publisher = newPublisher();
  }

  /** A Publisher as one Lambda container has it, whose bucket notes every key it writes. */
  private ArticlePublisher newPublisher() {
    PublisherParts parts = PublisherWiring.over(DYNAMO.client(), s3, table, table + "-search", bucket, site, Clock.systemUTC(),
        new PublishCounters());
    PageStore bucketNotingWrites = new PageStore() {
      @Override
      public void put(RenderedFile file) {
        writes.add(file.key());
        parts.pages().put(file);
      }

      @Override
      public void delete(String key) {
        parts.pages().delete(key);
      }
    };
    return ArticlePublisher.create(new PublisherParts(parts.articles(), parts.media(), parts.lists(),
        parts.related(), parts.ledger(), bucketNotingWrites, parts.invalidations(), parts.renderers(),
        parts.parallel(), parts.clock(), parts.counters(), parts.search()));
  }

  @Test
  void aPublishedArticleIsInTheIndexAndLeavesItWhenUnpublished() {
    Article article = publish("Dessaler l'eau de mer", "Le dessalement coûte cher, dit le rapport.");
    String month = "search/terms/desal/" + YearMonth.now(site.zone()) + ".json";
    assertThat(object(month)).contains(article.id());
    assertThat(object("search/terms/desal.json")).contains("\"articles\":1");
    assertThat(object("search/docs/" + article.id() + ".json")).contains("Dessaler l'eau de mer");

    Article draft = desk.replace(article.id(), article.version(), content(article.title(), article.body(), "draft"),
        new Editor("u", "La rédaction"));
    publisher.refresh(draft.id(), Set.of(draft.slug()));

    assertThat(exists(month)).isFalse();
    assertThat(exists("search/terms/desal.json")).isFalse();
    assertThat(exists("search/docs/" + article.id() + ".json")).isFalse();
  }

  @Test
  void aReplayWritesNothing() {
    Article article = publish("Dessaler l'eau de mer", "Le dessalement coûte cher.");
    writes.clear();

    publisher.refresh(article.id(), Set.of(article.slug()));

    assertThat(writes).isEmpty();
  }

  @Test
  void aPublishWhoseFilesAreWrittenLeavesNoTermMonthToRenderAgain() {
    Article article = publish("Dessaler l'eau de mer", "Le dessalement coûte cher.");

    assertThat(new DynamoSearchIndex(DYNAMO.client(), table + "-search").indexed(article.id()).lastChanged()).isEmpty();
  }

  @Test
  void settlingKeepsTheTermMonthsANewerChangeRecorded() {
    DynamoSearchIndex index = new DynamoSearchIndex(DYNAMO.client(), table + "-search");
    YearMonth month = YearMonth.of(2026, 11);
    Set<TermMonth> older = Set.of(new TermMonth("port", month), new TermMonth("safi", month));
    Set<TermMonth> newer = Set.of(new TermMonth("port", month), new TermMonth("mouet", month));
    index.save("01a", new IndexedArticle(month, 2, java.util.Map.of("port", 1, "mouet", 1), newer));

    index.settle("01a", older);
    assertThat(index.indexed("01a").lastChanged()).isEqualTo(newer);

    index.settle("01a", newer);
    assertThat(index.indexed("01a").lastChanged()).isEmpty();
    assertThat(index.indexed("01a").frequencies()).containsOnlyKeys("port", "mouet");
  }

  @Test
  void aNewArticleWritesAsManyIndexFilesAtFiveAndAtThirtyArticles() {
    for (int i = 0; i < 5; i++) {
      publish("Archive " + i, "Le dessalement et la pêche, épisode " + i + ".");
    }
    long small = indexWritesOfOneMore();
    for (int i = 5; i < 30; i++) {
      publish("Archive " + i, "Le dessalement et la pêche, épisode " + i + ".");
    }
    long large = indexWritesOfOneMore();

    assertThat(large).isEqualTo(small).isPositive();
  }

  @Test
  void twentyConcurrentPublishersSharingATermLoseNoPosting() throws Exception {
    int publishers = 20;
    List<Article> articles = new ArrayList<>();
    for (int i = 1; i <= publishers; i++) {
      articles.add(desk.create(content("Usine numéro " + i, "Le dessalement, encore " + i + ".", "published"),
          new Editor("u", "La rédaction")));
    }
    ExecutorService pool = Executors.newFixedThreadPool(publishers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (Article article : articles) {
      ArticlePublisher own = newPublisher();
      done.add(pool.submit(() -> {
        start.await();
        own.refresh(article.id(), Set.of(article.slug()));
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();

    String postings = object("search/terms/desal/" + YearMonth.now(site.zone()) + ".json");
    articles.forEach(article -> assertThat(postings).contains(article.id()));
    assertThat(object("search/terms/desal.json")).contains("\"articles\":" + publishers);
  }

  private long indexWritesOfOneMore() {
    writes.clear();
    publish("Une de plus", "Le dessalement et la pêche reprennent.");
    return writes.stream().filter(key -> key.startsWith("search/")).count();
  }

  private Article publish(String title, String body) {
    Article article = desk.create(content(title, body, "published"), new Editor("u", "La rédaction"));
    publisher.refresh(article.id(), Set.of(article.slug()));
    return article;
  }

  private static ArticleContent content(String title, String body, String status) {
    return new ArticleContent(title, null, body, null, "Safi", List.of("Économie"), status, null, null, null, null);
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private String object(String key) {
    return new String(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray(),
        StandardCharsets.UTF_8);
  }

  private boolean exists(String key) {
    try {
      s3.headObject(request -> request.bucket(bucket).key(key));
      return true;
    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException missing) {
      return false;
    }
  }
}
