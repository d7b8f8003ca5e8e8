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
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Twenty Publishers (as on twenty stream shards) publish into one topic at the same moment,
 * against dynoxide and S3Proxy: the shared pages must end up listing every article.
 */
class ConcurrentPublishingIT {
  private static final int PUBLISHERS = 20;
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
  void twentyConcurrentPublishesIntoOneTopicAreAllListed() throws Exception {
    String table = "articles-" + UUID.randomUUID();
    DYNAMO.client().createTable(request -> request.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("pk"), attribute("sk"))
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    // The search index's own table, as in the template.
    DYNAMO.client().createTable(request -> request.tableName(table + "-search").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("pk"), attribute("sk"))
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    String bucket = "site-" + UUID.randomUUID();
    s3.createBucket(request -> request.bucket(bucket));
    Site site = Site.from(Map.of("SITE_URL", "http://localhost:8080"));
    EditorDesk desk = new EditorDesk(new DynamoArticleStore(DYNAMO.client(), table),
        new ArticleIds(Clock.systemUTC()), Clock.systemUTC(), site.locale(), PictureLibrary.EMPTY);
    List<Article> articles = new ArrayList<>();
    for (int i = 1; i <= PUBLISHERS; i++) {
      articles.add(desk.create(new ArticleContent("Match numéro " + i + " du championnat", null,
          "Compte rendu du match " + i + ".", null, "Casablanca", List.of("Sport"), "published",
          null, null, null, null), new Editor("u", "La rédaction")));
    }

    ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (Article article : articles) {
      // Each Publisher is its own Lambda container: its own clients and caches.
      ArticlePublisher publisher = ArticlePublisher.create(PublisherWiring.over(DYNAMO.client(), s3,
          table, table + "-search", bucket, site, Clock.systemUTC(), new PublishCounters()));
      done.add(pool.submit(() -> {
        start.await();
        publisher.refresh(article.id(), Set.of(article.slug()));
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();

    String topicPage = object(bucket, "topics/sport/index.html");
    String homePage = object(bucket, "index.html");
    String monthPage = object(bucket, "archives/" + java.time.YearMonth.now(site.zone()) + "/index.html");
    for (Article article : articles) {
      String link = "/articles/" + article.slug() + "/";
      assertThat(topicPage).contains(link);
      assertThat(homePage).contains(link);
      assertThat(monthPage).contains(link);
    }
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static String object(String bucket, String key) {
    return new String(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray(),
        StandardCharsets.UTF_8);
  }
}
