package dev.gazette.render;

import dev.gazette.article.Picture;
import dev.gazette.article.PictureRendition;
import java.util.ArrayList;
import java.util.List;

/** Ready pictures as the media room makes them, generated here: fake hashes, the real ladder. */
final class SamplePictures {

  static final List<Integer> LADDER = List.of(320, 640, 960, 1280, 1600, 2048);

  private SamplePictures() {}

  /** A picture whose upright original is width × height, with every crop in WebP and JPEG. */
  static Picture picture(String mediaId, String imageHash, int width, int height, String alt,
      String caption, String credit) {
    List<PictureRendition> renditions = new ArrayList<>();
    crop(renditions, "16x9", Math.min(width, height * 16 / 9), 16, 9);
    crop(renditions, "4x3", Math.min(width, height * 4 / 3), 4, 3);
    crop(renditions, "1x1", Math.min(width, height), 1, 1);
    return new Picture(mediaId, imageHash, width, height, alt, caption, credit, renditions);
  }

  /** The harbour at dawn, 4000 × 3000: every width of the ladder in every crop. */
  static Picture harbour() {
    return picture("m1harbour", "0123456789abcdef0123456789abcdef", 4000, 3000,
        "Le port au lever du jour", "Les grues du port, à l’aube.", "Photo C.M.");
  }

  /** A small scan, 900 × 600: no rendition reaches 1200 pixels. */
  static Picture smallScan() {
    return picture("m2scan", "fedcba9876543210fedcba9876543210", 900, 600,
        "Une carte ancienne", null, null);
  }

  /** Widths of the ladder up to the crop's width, as the media room makes them. */
  private static void crop(List<PictureRendition> renditions, String crop, int cropWidth, int w, int h) {
    for (int width : LADDER) {
      if (width <= cropWidth) {
        for (String format : List.of("webp", "jpg")) {
          renditions.add(new PictureRendition(crop, width, width * h / w, format));
        }
      }
    }
  }
}
