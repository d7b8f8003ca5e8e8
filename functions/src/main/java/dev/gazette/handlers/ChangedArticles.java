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
 * and the first record that mentioned it (the point Lambda retries from if it fails), and the
 * library pictures that changed (the articles showing them are dirty too).
 */
record ChangedArticles(List<Change> changes, List<ChangedPicture> pictures) {
  private static final String ARTICLE_PREFIX = "ARTICLE#";
  private static final String MEDIA_PREFIX = "MEDIA#";

  record Change(String articleId, Set<Slug> slugs, String firstSequenceNumber) {}

  record ChangedPicture(String mediaId, String firstSequenceNumber) {}

  static ChangedArticles from(List<DynamodbStreamRecord> records) {
    Map<String, Change> byId = new LinkedHashMap<>();
    Map<String, ChangedPicture> pictures = new LinkedHashMap<>();
    for (DynamodbStreamRecord record : records) {
      keyWithPrefix(record, MEDIA_PREFIX).ifPresent(mediaId -> pictures.computeIfAbsent(mediaId,
          key -> new ChangedPicture(key, record.getDynamodb().getSequenceNumber())));
      Optional<String> id = keyWithPrefix(record, ARTICLE_PREFIX);
      if (id.isEmpty()) {
        continue;
      }
      Change change = byId.computeIfAbsent(id.get(), key -> new Change(key,
          new LinkedHashSet<>(), record.getDynamodb().getSequenceNumber()));
      slug(record.getDynamodb().getOldImage()).ifPresent(change.slugs()::add);
      slug(record.getDynamodb().getNewImage()).ifPresent(change.slugs()::add);
    }
    return new ChangedArticles(new ArrayList<>(byId.values()), new ArrayList<>(pictures.values()));
  }

  private static Optional<String> keyWithPrefix(DynamodbStreamRecord record, String prefix) {
    if (record.getDynamodb() == null || record.getDynamodb().getKeys() == null) {
      return Optional.empty();
    }
    AttributeValue pk = record.getDynamodb().getKeys().get("pk");
    if (pk == null || pk.getS() == null || !pk.getS().startsWith(prefix)) {
      return Optional.empty();
    }
    return Optional.of(pk.getS().substring(prefix.length()));
  }

  private static Optional<Slug> slug(Map<String, AttributeValue> image) {
    if (image == null || image.get("slug") == null) {
      return Optional.empty();
    }
    return Slug.parse(image.get("slug").getS());
  }
}
