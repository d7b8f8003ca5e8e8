package dev.gazette.store;

import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.publish.ListEntry;
import dev.gazette.publish.ListId;
import dev.gazette.publish.PageId;
import dev.gazette.publish.PublishedState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How the Publisher's lists sit in the single table. A list lives under {@code LIST#<list>}:
 * entries sorted by {@code AT#<publishedAt>#<id>}, month buckets under {@code MONTH#<yyyy-MM>},
 * its size under {@code SIZE}. An article's published state, related list and reverse links
 * live under {@code INDEX#<id>}, apart from {@code ARTICLE#}, so the Publisher's own writes
 * never wake the Publisher.
 */
final class ListItems {
  static final String LIST_PREFIX = "LIST#";
  static final String ENTRY_PREFIX = "AT#";
  static final String MONTH_PREFIX = "MONTH#";
  static final String SIZE = "SIZE";
  static final String INDEX_PREFIX = "INDEX#";
  static final String STATE = "STATE";
  static final String RELATED = "RELATED";
  static final String LINKED_FROM_PREFIX = "LINKEDFROM#";
  // Fixed width, so that the string order of sort keys is the time order.
  private static final DateTimeFormatter SORTABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ListItems() {}

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(ArticleItem.PK, s(pk), ArticleItem.SK, s(sk));
  }

  static String listKey(ListId list) {
    return LIST_PREFIX + list.value();
  }

  static String sortable(Instant instant) {
    return SORTABLE.format(instant);
  }

  static String entrySortKey(ArticleSummary summary) {
    return ENTRY_PREFIX + sortable(summary.publishedAt()) + "#" + summary.id();
  }

  static Map<String, AttributeValue> entryItem(ListId list, ListEntry entry) {
    Map<String, AttributeValue> item = new HashMap<>(key(listKey(list), entrySortKey(entry.summary())));
    item.put("entry", entry(entry));
    return item;
  }

  static AttributeValue entry(ListEntry entry) {
    Map<String, AttributeValue> map = new HashMap<>(summary(entry.summary()).m());
    map.put("signature", AttributeValue.fromM(entry.signature().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey,
            weight -> AttributeValue.fromN(new BigDecimal(Float.toString(weight.getValue())).toPlainString())))));
    return AttributeValue.fromM(map);
  }

  static ListEntry entry(AttributeValue value) {
    Map<String, AttributeValue> map = value.m();
    Map<String, Float> signature = new HashMap<>();
    map.getOrDefault("signature", AttributeValue.fromM(Map.of())).m()
        .forEach((term, weight) -> signature.put(term, Float.parseFloat(weight.n())));
    return new ListEntry(summary(value), signature);
  }

  static AttributeValue summary(ArticleSummary summary) {
    Map<String, AttributeValue> map = new HashMap<>();
    map.put("id", s(summary.id()));
    map.put("slug", s(summary.slug().value()));
    map.put("title", s(summary.title()));
    map.put("excerpt", s(summary.excerpt()));
    if (summary.author() != null) {
      map.put("author", s(summary.author()));
    }
    if (summary.location() != null) {
      map.put("location", s(summary.location()));
    }
    map.put("topics", AttributeValue.fromL(summary.topics().stream()
        .map(topic -> AttributeValue.fromM(Map.of("name", s(topic.name()),
            "slug", s(topic.slug().value()))))
        .toList()));
    map.put("publishedAt", s(summary.publishedAt().toString()));
    map.put("updatedAt", s(summary.updatedAt().toString()));
    if (summary.picture() != null) {
      map.put("picture", PictureItems.toValue(summary.picture()));
    }
    return AttributeValue.fromM(map);
  }

  static ArticleSummary summary(AttributeValue value) {
    Map<String, AttributeValue> map = value.m();
    List<Topic> topics = map.get("topics").l().stream()
        .map(topic -> new Topic(topic.m().get("name").s(), new Slug(topic.m().get("slug").s())))
        .toList();
    return new ArticleSummary(map.get("id").s(), new Slug(map.get("slug").s()),
        map.get("title").s(), map.get("excerpt").s(), string(map, "author"),
        string(map, "location"), topics, Instant.parse(map.get("publishedAt").s()),
        Instant.parse(map.get("updatedAt").s()), PictureItems.fromValue(map.get("picture")));
  }

  static Map<String, AttributeValue> stateItem(PublishedState state) {
    Map<String, AttributeValue> item = new HashMap<>(key(INDEX_PREFIX + state.articleId(), STATE));
    if (state.entry() != null) {
      item.put("entry", entry(state.entry()));
    }
    putSet(item, "lists", state.lists().stream().map(ListId::value).toList());
    if (state.slug() != null) {
      item.put("slug", s(state.slug().value()));
    }
    putSet(item, "previousSlugs", state.previousSlugs().stream().map(Slug::value).toList());
    putSet(item, "touchedPages", state.touchedPages().stream().map(PageId::encode).toList());
    putSet(item, "media", List.copyOf(state.media()));
    item.put("revision", AttributeValue.fromN(Long.toString(state.revision())));
    return item;
  }

  static PublishedState state(String articleId, Map<String, AttributeValue> item) {
    if (item == null || item.isEmpty()) {
      return PublishedState.none(articleId);
    }
    return new PublishedState(articleId,
        item.containsKey("entry") ? entry(item.get("entry")) : null,
        set(item, "lists").stream().map(ListId::new).collect(Collectors.toSet()),
        item.containsKey("slug") ? new Slug(item.get("slug").s()) : null,
        set(item, "previousSlugs").stream().map(Slug::new).collect(Collectors.toSet()),
        set(item, "touchedPages").stream().map(PageId::parse).collect(Collectors.toSet()),
        set(item, "media"),
        Long.parseLong(item.get("revision").n()));
  }

  private static void putSet(Map<String, AttributeValue> item, String name, Collection<String> values) {
    // DynamoDB refuses empty sets: an absent attribute is the empty set.
    if (!values.isEmpty()) {
      item.put(name, AttributeValue.fromSs(List.copyOf(values)));
    }
  }

  private static Set<String> set(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? Set.of() : new HashSet<>(value.ss());
  }

  private static String string(Map<String, AttributeValue> map, String name) {
    AttributeValue value = map.get(name);
    return value == null ? null : value.s();
  }
}
