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
    item.put("declaredSize", PictureItems.n(media.declaredSize()));
    PictureItems.putIfPresent(item, "reason", media.reason());
    item.put("width", PictureItems.n(media.width()));
    item.put("height", PictureItems.n(media.height()));
    PictureItems.putIfPresent(item, "alt", media.text().alt());
    PictureItems.putIfPresent(item, "caption", media.text().caption());
    PictureItems.putIfPresent(item, "credit", media.text().credit());
    item.put("focusX", AttributeValue.fromN(Double.toString(media.focus().x())));
    item.put("focusY", AttributeValue.fromN(Double.toString(media.focus().y())));
    PictureItems.putIfPresent(item, "imageHash", media.imageHash());
    item.put("renditions", PictureItems.renditions(media.renditions()));
    item.put("createdAt", s(media.createdAt().toString()));
    item.put("updatedAt", s(media.updatedAt().toString()));
    item.put(VERSION, PictureItems.n(media.version()));
    // Newest first by creation: a caption edit must not move a picture up the library.
    item.put(UPDATE_PK, s(ALL_MEDIA));
    item.put(UPDATE_SK, s(ListItems.sortable(media.createdAt()) + "#" + media.id()));
    return item;
  }

  static MediaItem fromItem(Map<String, AttributeValue> item) {
    List<PictureRendition> renditions = PictureItems.renditions(item.get("renditions"));
    return new MediaItem(item.get("id").s(),
        MediaStatus.fromWireName(item.get("status").s()).orElseThrow(),
        item.get("filename").s(), item.get("contentType").s(),
        Long.parseLong(item.get("declaredSize").n()), PictureItems.string(item, "reason"),
        PictureItems.integer(item, "width"), PictureItems.integer(item, "height"),
        new MediaText(PictureItems.string(item, "alt"), PictureItems.string(item, "caption"), PictureItems.string(item, "credit")),
        new FocalPoint(Double.parseDouble(item.get("focusX").n()), Double.parseDouble(item.get("focusY").n())),
        PictureItems.string(item, "imageHash"), renditions, Instant.parse(item.get("createdAt").s()),
        Instant.parse(item.get("updatedAt").s()), Long.parseLong(item.get(VERSION).n()));
  }
}
