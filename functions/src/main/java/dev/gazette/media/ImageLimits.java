package dev.gazette.media;

/**
 * What an upload may be: at most {@code maxBytes} long and {@code maxPixels} pixels (checked from
 * the header, before any pixel is decoded, so a small file declaring a huge picture allocates
 * nothing), and at least {@code minSide} pixels on its shorter side.
 */
public record ImageLimits(long maxBytes, long maxPixels, int minSide) {

  public ImageLimits {
    if (maxBytes < 1 || maxPixels < 1 || minSide < 1) {
      throw new IllegalArgumentException("limits are positive: " + maxBytes + ", " + maxPixels + ", " + minSide);
    }
    if (maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("an upload is held in one array: at most 2 GB, not " + maxBytes);
    }
  }

  /**
   * 40 MB, 50 megapixels (a 24 MP camera with room; ~200 MB of decoded pixels at most) and 64 px:
   * below that no rendition is worth serving.
   */
  public static ImageLimits defaults() {
    return new ImageLimits(40L * 1024 * 1024, 50_000_000L, 64);
  }

  /** These limits with another pixel limit. */
  public ImageLimits withMaxPixels(long pixels) {
    return new ImageLimits(maxBytes, pixels, minSide);
  }
}
