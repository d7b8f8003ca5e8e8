package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import dev.gazette.article.Slug;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangedArticlesTest {

  @Test
  void onlyArticleRecordsCountWithEverySlugTheirImagesName() {
    DynamodbEvent event = EventLoader.loadDynamoDbEvent("events/stream-article-modified.json");
    ChangedArticles changed = ChangedArticles.from(event.getRecords());
    assertThat(changed.changes()).hasSize(1);
    ChangedArticles.Change change = changed.changes().get(0);
    assertThat(change.articleId()).isEqualTo("01kb0000000000000000000000");
    assertThat(change.slugs()).containsExactly(new Slug("ancien-titre"), new Slug("nouveau-titre"));
    assertThat(change.firstSequenceNumber()).isEqualTo("700");
  }

  @Test
  void anArticlesRevisionIsNoChangeToPublish() {
    DynamodbEvent event = EventLoader.loadDynamoDbEvent("events/stream-article-modified.json");
    DynamodbEvent.DynamodbStreamRecord revision = event.getRecords().get(0);
    revision.getDynamodb().setKeys(Map.of(
        "pk", new AttributeValue().withS("REVISION#01kb0000000000000000000000"),
        "sk", new AttributeValue().withS("v0000000000000000002")));

    assertThat(ChangedArticles.from(List.of(revision)).changes()).isEmpty();
  }
}
