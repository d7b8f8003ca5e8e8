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
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A table written by an earlier release keeps working: a published state whose pages are
 * stored as the text of that release ("front:topic:…", "month:site:…") loads as page ids, and
 * the next change of the article publishes from it, re-rendering the pages it names.
 */
class StoredStateFormatIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static S3Server s3Server;
  private static S3Client s3;
  private final DynamoDbClient dynamo = DYNAMO.client();

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
  void aStateSavedInTheFormatOfEarlierReleasesLoadsAndStillPublishes() {
    String table = "articles-" + UUID.randomUUID();
    dynamo.createTable(request -> request.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("pk"), attribute("sk"))
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    // The search index's own table, as in the template.
    dynamo.createTable(request -> request.tableName(table + "-search").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("pk"), attribute("sk"))
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    String bucket = "site-" + UUID.randomUUID();
    s3.createBucket(request -> request.bucket(bucket));
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
    Clock clock = Clock.systemUTC();
    EditorDesk desk = new EditorDesk(new DynamoArticleStore(dynamo, table), new ArticleIds(clock), clock,
        site.locale(), PictureLibrary.EMPTY);
    ArticlePublisher publisher = ArticlePublisher.create(
        PublisherWiring.over(dynamo, s3, table, table + "-search", bucket, site, clock, new PublishCounters()));
    Editor editor = new Editor("u-1", "Salma Idrissi");
    Article article = desk.create(new ArticleContent("Le port de Safi agrandit son quai", null,
        "Les travaux dureront deux ans.", null, "Safi", List.of("Économie"), "published", null,
        null, null, null), editor);
    publisher.refresh(article.id(), Set.of(article.slug()));

    // Rewrite the state's page names exactly as the release before PageId stored them.
    String month = YearMonth.now(site.zone()).toString();
    List<String> storedByEarlierRelease = List.of("article:" + article.id(), "front:site",
        "front:topic:economie", "month:site:" + month, "month:topic:economie:" + month,
        "sitemap-index", "sitemap-news", "recommended");
    Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("INDEX#" + article.id()),
        "sk", AttributeValue.fromS("STATE"));
    Map<String, AttributeValue> state = new HashMap<>(
        dynamo.getItem(request -> request.tableName(table).key(key)).item());
    state.put("touchedPages", AttributeValue.fromSs(storedByEarlierRelease));
    dynamo.putItem(request -> request.tableName(table).item(state));

    assertThat(new DynamoArticleLists(dynamo, table).state(article.id()).touchedPages())
        .extracting(PageId::encode)
        .containsExactlyInAnyOrderElementsOf(storedByEarlierRelease);

    s3.deleteObject(request -> request.bucket(bucket).key("topics/economie/index.html"));
    Article retitled = desk.replace(article.id(), article.version(), new ArticleContent(
        "Le port de Safi double son quai", null, "Les travaux dureront deux ans.", null, "Safi",
        List.of("Économie"), "published", null, null, null, null), editor);
    publisher.refresh(retitled.id(), Set.of(retitled.slug()));

    assertThat(object(bucket, "articles/" + retitled.slug().value() + "/index.html"))
        .contains("Le port de Safi double son quai");
    assertThat(object(bucket, "topics/economie/index.html")).contains("Le port de Safi double son quai");
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static String object(String bucket, String key) {
    return new String(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray(),
        StandardCharsets.UTF_8);
  }
}
