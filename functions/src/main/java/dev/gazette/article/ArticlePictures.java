package dev.gazette.article;

import java.util.Map;

/**
 * The pictures one article page shows, ready and resolved: its lead picture (null when it has
 * none) and those its body names as {@code media:<id>}, by id.
 */
public record ArticlePictures(Picture lead, Map<String, Picture> inBody) {
  public static final ArticlePictures NONE = new ArticlePictures(null, Map.of());

  public ArticlePictures {
    inBody = Map.copyOf(inBody);
  }
}
