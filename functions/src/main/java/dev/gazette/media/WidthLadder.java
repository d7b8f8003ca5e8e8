package dev.gazette.media;

import java.util.ArrayList;
import java.util.List;

/**
 * The widths renditions are made at, so that a page's srcset lets each screen pick a near fit.
 * Widths above a crop's own width are replaced by that width: nothing is ever upscaled, and
 * every crop gets at least one rendition however small the original.
 */
public record WidthLadder(List<Integer> widths) {

  /** 320 to 2048 pixels: phones at 1x to wide screens at 2x. */
  public static final WidthLadder STANDARD = new WidthLadder(List.of(320, 640, 960, 1280, 1600, 2048));

  public WidthLadder {
    widths = List.copyOf(widths);
    if (widths.isEmpty()) {
      throw new IllegalArgumentException("a ladder has at least one width");
    }
    for (int i = 0; i < widths.size(); i++) {
      if (widths.get(i) < 1 || i > 0 && widths.get(i) <= widths.get(i - 1)) {
        throw new IllegalArgumentException("ladder widths are positive and rising: " + widths);
      }
    }
  }

  /** The widths for a crop {@code cropWidth} pixels wide, smallest first. */
  public List<Integer> widthsFor(int cropWidth) {
    List<Integer> fitting = new ArrayList<>();
    for (int width : widths) {
      int capped = Math.min(width, cropWidth);
      if (fitting.isEmpty() || fitting.get(fitting.size() - 1) < capped) {
        fitting.add(capped);
      }
    }
    return List.copyOf(fitting);
  }
}
