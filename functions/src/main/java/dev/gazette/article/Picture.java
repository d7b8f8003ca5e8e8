package dev.gazette.article;

import java.util.List;
import java.util.Objects;

/**
 * A ready picture as pages show it: the library item it comes from, the hash its renditions are
 * filed under, the upright original's size, what readers are told about it (alt text, caption,
 * credit: the article's own words where it gives them, else the library's), and its renditions.
 */
public record Picture(String mediaId, String imageHash, int width, int height, String alt,
    String caption, String credit, List<PictureRendition> renditions) {

  public Picture {
    Objects.requireNonNull(mediaId, "mediaId");
    Objects.requireNonNull(imageHash, "imageHash");
    renditions = List.copyOf(renditions);
  }

  /** The renditions of one crop, narrowest first. */
  public List<PictureRendition> crop(String crop) {
    return renditions.stream().filter(rendition -> rendition.crop().equals(crop))
        .sorted(java.util.Comparator.comparingInt(PictureRendition::width)).toList();
  }
}
