package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import dev.gazette.article.Slug;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The articles a batch of stream records says are dirty, each with the slugs its images name
 * and the first record that mentioned it (the point Lambda retries from if it fails).
 */
record ChangedArticles(List<Change> changes) {
  private static final String ARTICLE_PREFIX = "ARTICLE#";

  record Change(String articleId, Set<Slug> slugs, String firstSequenceNumber) {}

  static ChangedArticles from(List<DynamodbStreamRecord> records) {
    Map<String, Change> byId = new LinkedHashMap<>();
    for (DynamodbStreamRecord record : records) {
      Optional<String> id = articleId(record);
      if (id.isEmpty()) {
        continue;
      }
      Change change = byId.computeIfAbsent(id.get(), key -> new Change(key,
          new LinkedHashSet<>(), record.getDynamodb().getSequenceNumber()));
      slug(record.getDynamodb().getOldImage()).ifPresent(change.slugs()::add);
      slug(record.getDynamodb().getNewImage()).ifPresent(change.slugs()::add);
    }
    return new ChangedArticles(new ArrayList<>(byId.values()));
  }

  private static Optional<String> articleId(DynamodbStreamRecord record) {
    if (record.getDynamodb() == null || record.getDynamodb().getKeys() == null) {
      return Optional.empty();
    }
    AttributeValue pk = record.getDynamodb().getKeys().get("pk");
    if (pk == null || pk.getS() == null || !pk.getS().startsWith(ARTICLE_PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(pk.getS().substring(ARTICLE_PREFIX.length()));
  }

  private static Optional<Slug> slug(Map<String, AttributeValue> image) {
    if (image == null || image.get("slug") == null) {
      return Optional.empty();
    }
    return Slug.parse(image.get("slug").getS());
  }
}
