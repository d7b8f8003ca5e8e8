package dev.gazette.store;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleImage;
import dev.gazette.article.Correction;
import dev.gazette.article.SavedBy;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How an article and its slug claims are laid out in the single table. Articles live under
 * {@code ARTICLE#<id>}; a slug claim under {@code SLUG#<slug>} makes slugs unique. An article
 * claims its slug and its former slugs, which its item lists.
 */
final class ArticleItem {
  static final String PK = "pk";
  static final String SK = "sk";
  static final String ARTICLE_PREFIX = "ARTICLE#";
  static final String ARTICLE_SORT = "ARTICLE";
  static final String SLUG_PREFIX = "SLUG#";
  static final String SLUG_SORT = "SLUG";
  static final String VERSION = "version";
  static final String ARTICLE_ID = "articleId";
  static final String FORMER_SLUGS = "formerSlugs";
  static final String TOPIC_INDEX_PREFIX = "TOPICARTICLES#";
  /** The ByStatus index: articles of one status, by last change (scheduled ones by publishAt). */
  static final String STATUS_INDEX = "ByStatus";
  static final String STATUS_PK = "gsi1pk";
  static final String STATUS_SK = "gsi1sk";
  /** The ByUpdate index: every article, by last change. */
  static final String UPDATE_INDEX = "ByUpdate";
  static final String UPDATE_PK = "gsi2pk";
  static final String UPDATE_SK = "gsi2sk";
  static final String ALL_ARTICLES = "ARTICLES";
  static final String CORRECTIONS = "corrections";
  static final String SAVED_BY = "savedBy";

  private ArticleItem() {}

  static Map<String, AttributeValue> key(String id) {
    return Map.of(PK, s(ARTICLE_PREFIX + id), SK, s(ARTICLE_SORT));
  }

  static Map<String, AttributeValue> slugKey(Slug slug) {
    return Map.of(PK, s(SLUG_PREFIX + slug.value()), SK, s(SLUG_SORT));
  }

  static Map<String, AttributeValue> slugClaim(Slug slug, String articleId) {
    Map<String, AttributeValue> item = new HashMap<>(slugKey(slug));
    item.put(ARTICLE_ID, s(articleId));
    return item;
  }

  static Map<String, AttributeValue> toItem(Article article) {
    Map<String, AttributeValue> item = new HashMap<>(key(article.id()));
    item.put("id", s(article.id()));
    item.put("slug", s(article.slug().value()));
    if (!article.formerSlugs().isEmpty()) {
      // A string set may not be empty: no former slugs, no attribute.
      item.put(FORMER_SLUGS, AttributeValue.fromSs(
          article.formerSlugs().stream().map(Slug::value).sorted().toList()));
    }
    item.put("title", s(article.title()));
    putIfPresent(item, "summary", article.summary());
    item.put("body", s(article.body()));
    putIfPresent(item, "author", article.author());
    putIfPresent(item, "location", article.location());
    item.put("topics", AttributeValue.fromL(article.topics().stream()
        .map(topic -> AttributeValue.fromM(Map.of(
            "name", s(topic.name()), "slug", s(topic.slug().value()))))
        .toList()));
    item.put("status", s(article.status().wireName()));
    if (article.publishedAt() != null) {
      item.put("publishedAt", s(article.publishedAt().toString()));
    }
    item.put("createdAt", s(article.createdAt().toString()));
    item.put("updatedAt", s(article.updatedAt().toString()));
    item.put(VERSION, AttributeValue.fromN(Long.toString(article.version())));
    item.put("language", s(article.language()));
    if (article.publishAt() != null) {
      item.put("publishAt", s(article.publishAt().toString()));
    }
    if (article.image() != null) {
      Map<String, AttributeValue> image = new HashMap<>(Map.of("media", s(article.image().mediaId())));
      putIfPresent(image, "alt", article.image().alt());
      putIfPresent(image, "caption", article.image().caption());
      putIfPresent(image, "credit", article.image().credit());
      item.put("image", AttributeValue.fromM(image));
    }
    if (!article.corrections().isEmpty()) {
      item.put(CORRECTIONS, AttributeValue.fromL(article.corrections().stream()
          .map(note -> AttributeValue.fromM(Map.of("at", s(note.at().toString()),
              "kind", s(note.kind().wireName()), "text", s(note.text()))))
          .toList()));
    }
    if (article.revisedAt() != null) {
      item.put("revisedAt", s(article.revisedAt().toString()));
    }
    if (article.savedBy() != null) {
      Map<String, AttributeValue> by = new HashMap<>(Map.of("sub", s(article.savedBy().subject())));
      putIfPresent(by, "name", article.savedBy().name());
      item.put(SAVED_BY, AttributeValue.fromM(by));
    }
    item.put(STATUS_PK, s(statusPartition(article.status())));
    item.put(STATUS_SK, s(ListItems.sortable(article.status() == Status.SCHEDULED
        ? article.publishAt() : article.updatedAt()) + "#" + article.id()));
    item.put(UPDATE_PK, s(ALL_ARTICLES));
    item.put(UPDATE_SK, s(changeKey(article)));
    return item;
  }

  static String statusPartition(Status status) {
    return "STATUS#" + status.wireName();
  }

  /** Sorts by last change, newest last: the key of an article in time-ordered indexes. */
  static String changeKey(Article article) {
    return ListItems.sortable(article.updatedAt()) + "#" + article.id();
  }

  /** The entry that lists an article under one of its topics for editors (drafts included). */
  static Map<String, AttributeValue> topicIndexKey(Topic topic, Article article) {
    return Map.of(PK, s(TOPIC_INDEX_PREFIX + topic.slug().value()), SK, s(changeKey(article)));
  }

  static Map<String, AttributeValue> topicIndexItem(Topic topic, Article article) {
    Map<String, AttributeValue> item = new HashMap<>(topicIndexKey(topic, article));
    item.put(ARTICLE_ID, s(article.id()));
    item.put("status", s(article.status().wireName()));
    return item;
  }

  static Article fromItem(Map<String, AttributeValue> item) {
    List<Topic> topics = item.get("topics").l().stream()
        .map(value -> new Topic(value.m().get("name").s(), new Slug(value.m().get("slug").s())))
        .toList();
    // Absent when the article was never renamed, and on items written before former slugs were listed.
    AttributeValue former = item.get(FORMER_SLUGS);
    Set<Slug> formerSlugs = former == null ? Set.of()
        : former.ss().stream().map(Slug::new).collect(Collectors.toUnmodifiableSet());
    return new Article(
        item.get("id").s(),
        new Slug(item.get("slug").s()),
        formerSlugs,
        item.get("title").s(),
        string(item, "summary"),
        item.get("body").s(),
        string(item, "author"),
        string(item, "location"),
        topics,
        Status.fromWireName(item.get("status").s()).orElseThrow(),
        instant(item, "publishedAt"),
        instant(item, "createdAt"),
        instant(item, "updatedAt"),
        Long.parseLong(item.get(VERSION).n()),
        item.get("language").s(),
        instant(item, "publishAt"),
        image(item.get("image")),
        corrections(item.get(CORRECTIONS)),
        instant(item, "revisedAt"),
        savedBy(item.get(SAVED_BY)));
  }

  /** Absent on articles without notes, and on items written before corrections existed. */
  private static List<Correction> corrections(AttributeValue value) {
    if (value == null) {
      return List.of();
    }
    return value.l().stream().map(note -> new Correction(Instant.parse(note.m().get("at").s()),
        Correction.Kind.fromWireName(note.m().get("kind").s()).orElseThrow(), note.m().get("text").s()))
        .toList();
  }

  private static SavedBy savedBy(AttributeValue value) {
    return value == null ? null : new SavedBy(value.m().get("sub").s(), string(value.m(), "name"));
  }

  private static ArticleImage image(AttributeValue value) {
    if (value == null) {
      return null;
    }
    Map<String, AttributeValue> image = value.m();
    return new ArticleImage(image.get("media").s(), string(image, "alt"), string(image, "caption"),
        string(image, "credit"));
  }

  static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, s(value));
    }
  }

  private static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  private static Instant instant(Map<String, AttributeValue> item, String name) {
    String value = string(item, name);
    return value == null ? null : Instant.parse(value);
  }
}
