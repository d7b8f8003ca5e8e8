package dev.gazette.render;

/**
 * A picture as an article page shows it, in a {@code <figure>}: a WebP source and a JPEG image,
 * each with its widths for the browser to choose from, the size the picture takes on the page,
 * the chosen image's own size (so nothing moves when it arrives), and what readers are told.
 *
 * @param webpSrcset the WebP renditions as a srcset, or null when there are none besides the image's
 * @param src the image browsers without srcset load; {@code width} and {@code height} are its size
 * @param alt the alt text, "" when there is none
 * @param caption the caption, or null
 * @param credit the credit, or null
 * @param lead true for the article's lead picture, fetched first; body pictures load lazily
 */
public record Figure(
    String webpSrcset,
    String src,
    String srcset,
    String sizes,
    int width,
    int height,
    String alt,
    String caption,
    String credit,
    boolean lead) {

  /** "high" for the lead picture, which readers see first; null (no attribute) otherwise. */
  public String fetchPriority() {
    return lead ? "high" : null;
  }

  /** "lazy" for body pictures, fetched as readers scroll near them; null (no attribute) for the lead. */
  public String loading() {
    return lead ? null : "lazy";
  }

  /** Whether the figure has a caption line: a caption, a credit or both. */
  public boolean hasCaption() {
    return caption != null || credit != null;
  }
}
