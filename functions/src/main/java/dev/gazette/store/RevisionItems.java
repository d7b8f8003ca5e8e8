package dev.gazette.store;

import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.Article;
import dev.gazette.article.Revision;
import dev.gazette.article.SavedBy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How an article's revisions are laid out in the single table: each under
 * {@code REVISION#<article id>}, sorted by version (zero-padded, so text order is number order),
 * holding the whole article as it was saved plus who saved it and what changed. The partition is
 * outside every prefix the Publisher's stream filter lets through, and the item carries none of
 * the articles' index keys, so a revision never wakes the Publisher nor shows in a listing.
 */
final class RevisionItems {
  static final String PREFIX = "REVISION#";
  static final String SORT_PREFIX = "v";
  static final String SUMMARY = "revisionSummary";
  static final String BY_SUBJECT = "savedBySub";
  static final String BY_NAME = "savedByName";
  /** What a listing reads of each revision (not its body), by names no reserved word can clash with. */
  static final Map<String, String> LISTED_NAMES = Map.of("#pk", PK, "#sk", SK, "#version", ArticleItem.VERSION,
      "#updatedAt", "updatedAt", "#summary", SUMMARY, "#bySub", BY_SUBJECT, "#byName", BY_NAME);
  static final String LISTED = "#sk, #version, #updatedAt, #summary, #bySub, #byName";

  private RevisionItems() {}

  static String partition(String articleId) {
    return PREFIX + articleId;
  }

  static String sort(long version) {
    return SORT_PREFIX + String.format("%019d", version);
  }

  static Map<String, AttributeValue> key(String articleId, long version) {
    return Map.of(PK, s(partition(articleId)), SK, s(sort(version)));
  }

  /** The revision of {@code next}, saved over {@code previous} (null for the first version). */
  static Map<String, AttributeValue> toItem(Article previous, Article next) {
    Map<String, AttributeValue> item = new HashMap<>(ArticleItem.toItem(next));
    // A revision is listed by nobody but its article's history.
    item.remove(ArticleItem.STATUS_PK);
    item.remove(ArticleItem.STATUS_SK);
    item.remove(ArticleItem.UPDATE_PK);
    item.remove(ArticleItem.UPDATE_SK);
    item.putAll(key(next.id(), next.version()));
    Revision revision = Revision.of(previous, next);
    item.put(SUMMARY, s(revision.summary()));
    if (revision.by() != null) {
      item.put(BY_SUBJECT, s(revision.by().subject()));
      if (revision.by().name() != null) {
        item.put(BY_NAME, s(revision.by().name()));
      }
    }
    return item;
  }

  static Revision entry(Map<String, AttributeValue> item) {
    AttributeValue subject = item.get(BY_SUBJECT);
    AttributeValue name = item.get(BY_NAME);
    return new Revision(Long.parseLong(item.get(ArticleItem.VERSION).n()),
        Instant.parse(item.get("updatedAt").s()),
        subject == null ? null : new SavedBy(subject.s(), name == null ? null : name.s()),
        item.get(SUMMARY).s());
  }

  static Article article(Map<String, AttributeValue> item) {
    return ArticleItem.fromItem(item);
  }
}
