package dev.gazette.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The image a page offers to social networks and chat previews (og:image): a rendition of the
 * article's picture, or the site's default image, whose size may be unknown.
 *
 * @param width the image's width in pixels, or 0 when unknown
 * @param height the image's height in pixels, or 0 when unknown
 * @param alt its alt text, or null
 */
record ShareImage(String url, int width, int height, String alt) {

  /** Previews show an image this wide or wider across the card. */
  static final int LARGE_PREVIEW_WIDTH = 1200;

  /** Whether the image is known to be wide enough for a large preview. */
  boolean large() {
    return width >= LARGE_PREVIEW_WIDTH;
  }

  /** The og:image properties, with its size and alt text when known. */
  List<MetaProperty> openGraph() {
    List<MetaProperty> properties = new ArrayList<>();
    properties.add(new MetaProperty("og:image", url));
    if (width > 0 && height > 0) {
      properties.add(new MetaProperty("og:image:width", Integer.toString(width)));
      properties.add(new MetaProperty("og:image:height", Integer.toString(height)));
    }
    if (alt != null && !alt.isBlank()) {
      properties.add(new MetaProperty("og:image:alt", alt.strip()));
    }
    return properties;
  }

  /** The Twitter/X card of a page showing this image, or of a page with none (null). */
  static String twitterCard(ShareImage image) {
    return image != null && image.large() ? "summary_large_image" : "summary";
  }
}
