package dev.gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.InMemoryArticleStore;
import dev.gazette.article.Slug;
import dev.gazette.render.ArticleRenderer;
import dev.gazette.render.Site;
import dev.gazette.render.SitePaths;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublisherHandlerTest {
  private final InMemoryArticleStore articles = new InMemoryArticleStore();
  private final InMemoryPageStore pages = new InMemoryPageStore();
  private final EditorDesk desk = new EditorDesk(articles, new ArticleIds(Clock.systemUTC()),
      Clock.systemUTC());

  /** A table whose reads fail for one article, as a throttled or poisoned item would. */
  private ArticleStore failingFor(String poisonedId) {
    return new ArticleStore() {
      public Optional<Article> find(String id) {
        if (id.equals(poisonedId)) {
          throw new IllegalStateException("throttled");
        }
        return articles.find(id);
      }
      public Optional<String> idBySlug(Slug slug) { return articles.idBySlug(slug); }
      public void create(Article article) { articles.create(article); }
      public void replace(Article previous, Article next) { articles.replace(previous, next); }
      public void delete(Article current) { articles.delete(current); }
    };
  }

  private static DynamodbEvent.DynamodbStreamRecord record(String id, String sequenceNumber) {
    DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
    record.setEventName("MODIFY");
    record.setDynamodb(new StreamRecord()
        .withKeys(Map.of("pk", new AttributeValue("ARTICLE#" + id), "sk", new AttributeValue("ARTICLE")))
        .withSequenceNumber(sequenceNumber));
    return record;
  }

  private Article published(String title) {
    return desk.create(new ArticleContent(title, null, "Texte.", null, null, List.of("Société"),
        "published", null, null), new Editor("u", "U"));
  }

  @Test
  void aFailingArticleIsReportedByItsFirstRecordWhileTheOthersArePublished() {
    Article healthy = published("En bonne santé");
    Article poisoned = published("Empoisonné");
    Site site = Site.from(Map.of());
    PublisherHandler handler = new PublisherHandler(new ArticlePublisher(
        failingFor(poisoned.id()), pages, new ArticleRenderer(site), new SitePaths(site)));
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.of(record(poisoned.id(), "10"), record(healthy.id(), "11"),
        record(poisoned.id(), "12")));

    StreamsEventResponse response = handler.handleRequest(event, null);

    assertThat(response.getBatchItemFailures()).extracting(BatchItemFailure::getItemIdentifier)
        .containsExactly("10");
    assertThat(pages.files).containsKey("articles/en-bonne-sante/index.html")
        .doesNotContainKey("articles/empoisonne/index.html");
  }
}
