package dev.gazette.store;

import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.Picture;
import dev.gazette.article.PictureRendition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A picture as list entries and related lists keep it for teasers: one map attribute. */
final class PictureItems {
  private PictureItems() {}

  static AttributeValue toValue(Picture picture) {
    Map<String, AttributeValue> map = new HashMap<>();
    map.put("media", s(picture.mediaId()));
    map.put("hash", s(picture.imageHash()));
    map.put("width", n(picture.width()));
    map.put("height", n(picture.height()));
    putIfPresent(map, "alt", picture.alt());
    putIfPresent(map, "caption", picture.caption());
    putIfPresent(map, "credit", picture.credit());
    map.put("renditions", renditions(picture.renditions()));
    return AttributeValue.fromM(map);
  }

  /** The picture, or null when the item holds none. */
  static Picture fromValue(AttributeValue value) {
    if (value == null) {
      return null;
    }
    Map<String, AttributeValue> map = value.m();
    return new Picture(map.get("media").s(), map.get("hash").s(), integer(map, "width"),
        integer(map, "height"), string(map, "alt"), string(map, "caption"), string(map, "credit"),
        renditions(map.get("renditions")));
  }

  static AttributeValue renditions(List<PictureRendition> renditions) {
    return AttributeValue.fromL(renditions.stream()
        .map(rendition -> AttributeValue.fromM(Map.of("crop", s(rendition.crop()),
            "width", n(rendition.width()), "height", n(rendition.height()),
            "format", s(rendition.format()))))
        .toList());
  }

  static List<PictureRendition> renditions(AttributeValue value) {
    return value.l().stream().map(AttributeValue::m)
        .map(r -> new PictureRendition(r.get("crop").s(), integer(r, "width"), integer(r, "height"),
            r.get("format").s()))
        .toList();
  }

  static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  static int integer(Map<String, AttributeValue> map, String name) {
    return Integer.parseInt(map.get(name).n());
  }

  static void putIfPresent(Map<String, AttributeValue> map, String name, String value) {
    if (value != null) {
      map.put(name, s(value));
    }
  }

  static String string(Map<String, AttributeValue> map, String name) {
    AttributeValue value = map.get(name);
    return value == null ? null : value.s();
  }
}
