package dev.gazette.media;

/** A file format renditions are published in, with what a key and a response need to name it. */
public enum RenditionFormat {
  /** Baseline for every browser: progressive, 4:2:0, quality 0.82, sRGB without a profile. */
  JPEG("jpg", "image/jpeg"),
  /** Smaller at the same look for every current browser: lossy, quality 0.80. */
  WEBP("webp", "image/webp");

  private final String extension;
  private final String mediaType;

  RenditionFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file extension, without the dot: "jpg", "webp". */
  public String extension() {
    return extension;
  }

  /** The Content-Type the CDN serves it with. */
  public String mediaType() {
    return mediaType;
  }
}
