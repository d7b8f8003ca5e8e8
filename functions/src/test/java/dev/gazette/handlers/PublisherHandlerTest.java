package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleQuery;
import dev.gazette.article.ArticleQueryResult;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.RequestReceipt;
import dev.gazette.article.RevisionPage;
import dev.gazette.article.Slug;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaText;
import dev.gazette.publish.CdnInvalidations;
import dev.gazette.publish.ArticlePublisher;
import dev.gazette.publish.PublisherFixture;
import dev.gazette.publish.PublisherParts;
import dev.gazette.render.SiteRenderers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PublisherHandlerTest {
  private final PublisherFixture newsroom = new PublisherFixture();

  /** A table whose reads fail for one article, as a throttled or poisoned item would. */
  private ArticleStore failingFor(String poisonedId) {
    ArticleStore articles = newsroom.articles;
    return new ArticleStore() {
      public Optional<Article> find(String id) {
        if (id.equals(poisonedId)) {
          throw new IllegalStateException("throttled");
        }
        return articles.find(id);
      }
      public Optional<String> idBySlug(Slug slug) { return articles.idBySlug(slug); }
      public void create(Article article, Optional<RequestReceipt> receipt) { articles.create(article, receipt); }
      public void replace(Article previous, Article next, Optional<RequestReceipt> receipt) {
        articles.replace(previous, next, receipt);
      }
      public void delete(Article current, Optional<RequestReceipt> receipt) { articles.delete(current, receipt); }
      public ArticleQueryResult list(ArticleQuery query) { return articles.list(query); }
      public List<Article> scheduledUntil(Instant until, int limit) { return articles.scheduledUntil(until, limit); }
      public RevisionPage revisions(String id, int limit, String cursor) { return articles.revisions(id, limit, cursor); }
      public Optional<Article> revision(String id, long version) { return articles.revision(id, version); }
    };
  }

  @Test
  void aChangedPictureRepublishesTheArticlesThatShowIt() {
    MediaItem picture = newsroom.readyPicture("Le port", "Avant.");
    Article article = newsroom.publishWithPicture("Le port de Nador", picture, "Économie");
    newsroom.media.replace(picture, picture.withText(new MediaText("Le port", "Après.", "Gazette"))
        .next(Instant.parse("2026-12-01T09:00:00Z")));
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.of(record("MEDIA#" + picture.id(), "MEDIA", "20")));

    StreamsEventResponse response = new PublisherHandler(newsroom.publisher)
        .handleRequest(event, new TestContext("PublisherFunction"));

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(newsroom.listings.state(article.id()).entry().summary().picture().caption()).isEqualTo("Après.");
    assertThat(newsroom.pages.text("articles/" + article.slug() + "/index.html")).contains("Après.")
        .doesNotContain("Avant.");
  }

  private static DynamodbEvent.DynamodbStreamRecord record(String id, String sequenceNumber) {
    return record("ARTICLE#" + id, "ARTICLE", sequenceNumber);
  }

  private static DynamodbEvent.DynamodbStreamRecord record(String pk, String sk, String sequenceNumber) {
    DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
    record.setEventName("MODIFY");
    record.setDynamodb(new StreamRecord()
        .withKeys(Map.of("pk", new AttributeValue(pk), "sk", new AttributeValue(sk)))
        .withSequenceNumber(sequenceNumber));
    return record;
  }

  @Test
  void aFailingArticleIsReportedByItsFirstRecordWhileTheOthersArePublished() {
    Article healthy = newsroom.desk.create(PublisherFixture.content("En bonne santé", "Texte.",
        List.of("Société"), "published"), new dev.gazette.article.Editor("u", "U"));
    Article poisoned = newsroom.desk.create(PublisherFixture.content("Empoisonné", "Texte.",
        List.of("Société"), "published"), new dev.gazette.article.Editor("u", "U"));
    PublisherHandler handler = new PublisherHandler(ArticlePublisher.create(new PublisherParts(
        failingFor(poisoned.id()), newsroom.media, newsroom.listings, newsroom.related, newsroom.ledger,
        newsroom.pages, CdnInvalidations.NONE, SiteRenderers.of(newsroom.site), PublisherFixture.PARALLEL, newsroom.clock, newsroom.counters, newsroom.search)));
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.of(record(poisoned.id(), "10"), record(healthy.id(), "11"),
        record(poisoned.id(), "12")));

    StreamsEventResponse response = handler.handleRequest(event, new TestContext("PublisherFunction"));

    assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
        .containsExactly("10");
    assertThat(newsroom.pages.files).containsKey("articles/en-bonne-sante/index.html")
        .doesNotContainKey("articles/empoisonne/index.html");
  }

  @Test
  void eachInvocationEndsWithOneMetricsLineOfLatencyPagesAndFailures() throws Exception {
    Article fresh = newsroom.desk.create(PublisherFixture.content("Fraîchement publié", "Texte.",
        List.of("Société"), "published"), new dev.gazette.article.Editor("u", "U"));
    Article poisoned = newsroom.desk.create(PublisherFixture.content("Empoisonné", "Texte.",
        List.of("Société"), "published"), new dev.gazette.article.Editor("u", "U"));
    newsroom.clock.set(newsroom.clock.instant().plus(Duration.ofMillis(1500)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PublisherHandler handler = new PublisherHandler(ArticlePublisher.create(new PublisherParts(
        failingFor(poisoned.id()), newsroom.media, newsroom.listings, newsroom.related, newsroom.ledger,
        newsroom.pages, CdnInvalidations.NONE, SiteRenderers.of(newsroom.site), PublisherFixture.PARALLEL, newsroom.clock, newsroom.counters, newsroom.search)), newsroom.counters,
        newsroom.clock, new PrintStream(out, true, StandardCharsets.UTF_8));
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.of(record(fresh.id(), "20"), record(poisoned.id(), "21")));

    handler.handleRequest(event, new TestContext("PublisherFunction"));

    JsonNode metrics = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(metrics.get("PublishToLiveLatency").asDouble()).isEqualTo(1500);
    assertThat(metrics.get("PagesWritten").asLong()).isEqualTo(newsroom.counters.written()).isPositive();
    assertThat(metrics.get("PagesSkipped").asLong()).isZero();
    assertThat(metrics.get("FailedRecords").asLong()).isEqualTo(1);
    assertThat(metrics.get("ArticlesPublished").asLong()).isEqualTo(1);
  }

  @Test
  void aBatchOfTwentyPublishesWritesTheArticlePagesFirstThenEachSharedPageOnce() {
    List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
    List<Article> published = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      Article article = newsroom.desk.create(PublisherFixture.content("Match numéro " + i,
          "Compte rendu du match " + i + ".", List.of("Sport"), "published"),
          new dev.gazette.article.Editor("u", "U"));
      published.add(article);
      records.add(record(article.id(), Integer.toString(100 + i)));
    }
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(records);

    StreamsEventResponse response = new PublisherHandler(newsroom.publisher)
        .handleRequest(event, new TestContext("PublisherFunction"));

    assertThat(response.getBatchItemFailures()).isEmpty();
    List<String> writes = List.copyOf(newsroom.pages.writes);
    Map<String, Long> timesWritten = writes.stream()
        .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
    assertThat(timesWritten).containsKeys("index.html", "topics/sport/index.html", "feed.xml",
        "topics/sport/feed.xml", "sitemap.xml", "sitemap-news.xml");
    timesWritten.forEach((key, times) -> {
      if (!key.startsWith("articles/")) {
        assertThat(times).as(key).isEqualTo(1);
      }
    });
    int lastArticlePage = published.stream()
        .mapToInt(article -> writes.lastIndexOf("articles/" + article.slug() + "/index.html")).max().orElseThrow();
    // An article's search result goes out with its page.
    int firstSharedPage = writes.stream().filter(key -> !key.startsWith("articles/") && !key.startsWith("search/docs/"))
        .mapToInt(writes::indexOf).min().orElseThrow();
    assertThat(lastArticlePage).isLessThan(firstSharedPage);
    assertThat(newsroom.pages.text("topics/sport/index.html")).contains("Match numéro 1<", "Match numéro 20<");
  }
}
