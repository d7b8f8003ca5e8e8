package dev.gazette.media;

import java.util.List;

/**
 * An upload turned into its renditions. {@code hash} names them all: it changes when the source
 * bytes, the focal point or {@link ImageProcessor#VERSION} change, so a rendition's key never
 * gets other bytes and the CDN can cache it forever. {@code width} and {@code height} are those of
 * the upright original; {@code sourceHash} is the SHA-256 of the upload, in hex.
 */
public record ProcessedImage(
    String hash,
    String sourceHash,
    SourceFormat sourceFormat,
    int width,
    int height,
    FocalPoint focus,
    List<Rendition> renditions) {

  public ProcessedImage {
    renditions = List.copyOf(renditions);
  }

  /** The renditions of one crop in one format, narrowest first: a srcset. */
  public List<Rendition> renditions(Crop crop, RenditionFormat format) {
    return renditions.stream().filter(r -> r.crop() == crop && r.format() == format).toList();
  }
}
