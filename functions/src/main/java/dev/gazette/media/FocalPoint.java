package dev.gazette.media;

/**
 * The point of a picture every crop keeps in view, as fractions of its width and height from the
 * top left corner: (0.5, 0.5) is the centre.
 */
public record FocalPoint(double x, double y) {
  public static final FocalPoint CENTER = new FocalPoint(0.5, 0.5);

  public FocalPoint {
    if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) {
      throw new IllegalArgumentException("a focal point lies within the picture: (" + x + ", " + y + ")");
    }
  }
}
