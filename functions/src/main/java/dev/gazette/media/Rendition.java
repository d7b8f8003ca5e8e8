package dev.gazette.media;

import java.util.Objects;

/**
 * One published file of a picture: a crop at one width in one format. Its bytes hold pixels and
 * nothing else (no EXIF, XMP, IPTC, GPS, comment or colour profile). The array is not copied, so
 * that an 18-rendition picture is not held twice: read it, do not change it.
 */
public record Rendition(Crop crop, int width, int height, RenditionFormat format, byte[] bytes) {

  public Rendition {
    Objects.requireNonNull(crop, "crop");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The size of the file in bytes. */
  public int size() {
    return bytes.length;
  }

  @Override
  public String toString() {
    return "Rendition[" + crop.key() + "-" + width + "." + format.extension() + ", " + width + "×" + height
        + ", " + bytes.length + " bytes]";
  }
}
