package dev.gazette.store;

import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ArticleItem.UPDATE_PK;
import static dev.gazette.store.ArticleItem.UPDATE_SK;
import static dev.gazette.store.ArticleItem.VERSION;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.PictureRendition;
import dev.gazette.media.FocalPoint;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaStatus;
import dev.gazette.media.MediaText;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a picture is laid out in the single table: under {@code MEDIA#<id>}, listed newest first
 * through the ByUpdate index in its own partition, so the editors' article listing never sees it.
 */
final class MediaItems {
  static final String PREFIX = "MEDIA#";
  static final String SORT = "MEDIA";
  static final String ALL_MEDIA = "MEDIA";

  private MediaItems() {}

  static Map<String, AttributeValue> key(String id) {
    return Map.of(PK, s(PREFIX + id), SK, s(SORT));
  }

  static Map<String, AttributeValue> toItem(MediaItem media) {
    Map<String, AttributeValue> item = new HashMap<>(key(media.id()));
    item.put("id", s(media.id()));
    item.put("status", s(media.status().wireName()));
    item.put("filename", s(media.filename()));
    item.put("contentType", s(media.contentType()));
    item.put("declaredSize", n(media.declaredSize()));
    putIfPresent(item, "reason", media.reason());
    item.put("width", n(media.width()));
    item.put("height", n(media.height()));
    putIfPresent(item, "alt", media.text().alt());
    putIfPresent(item, "caption", media.text().caption());
    putIfPresent(item, "credit", media.text().credit());
    item.put("focusX", AttributeValue.fromN(Double.toString(media.focus().x())));
    item.put("focusY", AttributeValue.fromN(Double.toString(media.focus().y())));
    putIfPresent(item, "imageHash", media.imageHash());
    item.put("renditions", AttributeValue.fromL(media.renditions().stream()
        .map(rendition -> AttributeValue.fromM(Map.of("crop", s(rendition.crop()),
            "width", n(rendition.width()), "height", n(rendition.height()),
            "format", s(rendition.format()))))
        .toList()));
    item.put("createdAt", s(media.createdAt().toString()));
    item.put("updatedAt", s(media.updatedAt().toString()));
    item.put(VERSION, n(media.version()));
    // Newest first by creation: a caption edit must not move a picture up the library.
    item.put(UPDATE_PK, s(ALL_MEDIA));
    item.put(UPDATE_SK, s(ListItems.sortable(media.createdAt()) + "#" + media.id()));
    return item;
  }

  static MediaItem fromItem(Map<String, AttributeValue> item) {
    List<PictureRendition> renditions = item.get("renditions").l().stream().map(AttributeValue::m)
        .map(r -> new PictureRendition(r.get("crop").s(), integer(r, "width"), integer(r, "height"),
            r.get("format").s()))
        .toList();
    return new MediaItem(item.get("id").s(),
        MediaStatus.fromWireName(item.get("status").s()).orElseThrow(),
        item.get("filename").s(), item.get("contentType").s(),
        Long.parseLong(item.get("declaredSize").n()), string(item, "reason"),
        integer(item, "width"), integer(item, "height"),
        new MediaText(string(item, "alt"), string(item, "caption"), string(item, "credit")),
        new FocalPoint(Double.parseDouble(item.get("focusX").n()), Double.parseDouble(item.get("focusY").n())),
        string(item, "imageHash"), renditions, Instant.parse(item.get("createdAt").s()),
        Instant.parse(item.get("updatedAt").s()), Long.parseLong(item.get(VERSION).n()));
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static int integer(Map<String, AttributeValue> item, String name) {
    return Integer.parseInt(item.get(name).n());
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
}
