package dev.gazette.store;

import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.article.TopicCount;
import dev.gazette.article.TopicDirectory;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The topic directory the Publisher keeps under {@code TOPICS}: one small item per topic with
 * its name and published count, updated in the same transaction as the topic's list.
 */
public final class DynamoTopicDirectory implements TopicDirectory {
  static final String PARTITION = "TOPICS";
  static final String PREFIX = "TOPIC#";
  private final DynamoTable table;
  private final Locale language;

  /** Topics are listed in the alphabetical order of the site's {@code language}. */
  public DynamoTopicDirectory(DynamoDbClient dynamo, String table, Locale language) {
    this.table = new DynamoTable(dynamo, table);
    this.language = language;
  }

  @Override
  public List<TopicCount> all() {
    Collator alphabetical = Collator.getInstance(language);
    return table.queryPrefix(PARTITION, PREFIX, false, Integer.MAX_VALUE).stream()
        .map(item -> new TopicCount(new Topic(item.get("name").s(),
                new Slug(item.get("sk").s().substring(PREFIX.length()))),
            Long.parseLong(item.get("count").n())))
        .sorted(Comparator.comparing(count -> count.topic().name(), alphabetical))
        .toList();
  }
}
