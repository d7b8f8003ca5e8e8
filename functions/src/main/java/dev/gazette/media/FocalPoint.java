package dev.gazette.media;

import java.util.Locale;

/**
 * Where the subject of a picture is, as fractions of its upright width and height (0 is the left
 * or top edge, 1 the right or bottom); every crop keeps it in frame.
 */
public record FocalPoint(double x, double y) {

  /** The middle of the picture: the focal point until an editor picks one. */
  public static final FocalPoint CENTER = new FocalPoint(0.5, 0.5);

  public FocalPoint {
    if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
      throw new IllegalArgumentException("a focal point is within 0..1 on both axes, not " + x + ", " + y);
    }
    // Thousandths: finer than a pixel of any rendition, and float noise from the desk then makes
    // no new hash (so no new keys) for a point that did not move.
    x = Math.round(x * 1000) / 1000.0;
    y = Math.round(y * 1000) / 1000.0;
  }

  /** The canonical text of the point, as hashed: "0.500,0.333". */
  String canonical() {
    return String.format(Locale.ROOT, "%.3f,%.3f", x, y);
  }
}
