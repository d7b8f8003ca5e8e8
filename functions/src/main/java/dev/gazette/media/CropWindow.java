package dev.gazette.media;

/**
 * The part of the upright picture one crop shows: the largest window of the crop's ratio that
 * fits, placed so that the focal point is as near its middle as the picture's edges allow.
 */
public record CropWindow(int x, int y, int width, int height) {

  /** The window of {@code crop} in a {@code width} × {@code height} picture around {@code focus}. */
  public static CropWindow of(Crop crop, int width, int height, FocalPoint focus) {
    int w = crop.isNarrowerThan(width, height) ? Math.min(width, crop.widthAt(height)) : width;
    int h = crop.isNarrowerThan(width, height) ? height : Math.min(height, crop.heightAt(width));
    return new CropWindow(place(focus.x() * width, w, width), place(focus.y() * height, h, height), w, h);
  }

  /** The start of a span of {@code length} centred on {@code centre}, kept inside {@code 0..total}. */
  private static int place(double centre, int length, int total) {
    long start = Math.round(centre - length / 2.0);
    return (int) Math.max(0, Math.min(total - length, start));
  }

  /** Whether the point (px, py), in pixels of the upright picture, lies in this window. */
  public boolean contains(double px, double py) {
    return px >= x && px <= x + width && py >= y && py <= y + height;
  }
}
