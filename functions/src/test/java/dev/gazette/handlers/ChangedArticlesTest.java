package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.gazette.article.Slug;
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
}
