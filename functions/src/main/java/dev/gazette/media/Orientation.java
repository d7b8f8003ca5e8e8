package dev.gazette.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * How a camera stored a picture relative to upright: the eight values of the EXIF Orientation tag.
 * Browsers apply the tag, but renditions carry no EXIF, so the pixels themselves are turned.
 */
enum Orientation {
  // Where the stored pixel (x, y) of a w × h picture lands: u = u0 + ux·x + uy·y, v likewise.
  UPRIGHT(1, false, 0, 1, 0, 0, 0, 1),
  MIRRORED(2, false, 1, -1, 0, 0, 0, 1),
  UPSIDE_DOWN(3, false, 1, -1, 0, 1, 0, -1),
  FLIPPED(4, false, 0, 1, 0, 1, 0, -1),
  TRANSPOSED(5, true, 0, 0, 1, 0, 1, 0),
  TURNED_RIGHT(6, true, 1, 0, -1, 0, 1, 0),
  TRANSVERSE(7, true, 1, 0, -1, 1, -1, 0),
  TURNED_LEFT(8, true, 0, 0, 1, 1, -1, 0);

  private final int tag;
  private final boolean swapsSides;
  private final int uFromEnd;
  private final int ux;
  private final int uy;
  private final int vFromEnd;
  private final int vx;
  private final int vy;

  Orientation(int tag, boolean swapsSides, int uFromEnd, int ux, int uy, int vFromEnd, int vx, int vy) {
    this.tag = tag;
    this.swapsSides = swapsSides;
    this.uFromEnd = uFromEnd;
    this.ux = ux;
    this.uy = uy;
    this.vFromEnd = vFromEnd;
    this.vx = vx;
    this.vy = vy;
  }

  /** The orientation an EXIF block (a TIFF structure) gives, upright when it gives none or nonsense. */
  static Orientation fromExif(byte[] tiff) {
    int tag = tiff == null ? 1 : ExifTag.orientation(tiff);
    for (Orientation orientation : values()) {
      if (orientation.tag == tag) {
        return orientation;
      }
    }
    return UPRIGHT;
  }

  /** The EXIF value, 1 to 8. */
  int tag() {
    return tag;
  }

  /** The upright picture; {@code stored} itself when it already is. {@code stored} is TYPE_INT_RGB. */
  BufferedImage upright(BufferedImage stored) {
    if (this == UPRIGHT) {
      return stored;
    }
    int w = stored.getWidth();
    int h = stored.getHeight();
    int outW = swapsSides ? h : w;
    int outH = swapsSides ? w : h;
    BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
    int[] src = ((DataBufferInt) stored.getRaster().getDataBuffer()).getData();
    int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
    // "From end" puts the origin on the far side of the output: (outW - 1) or (outH - 1).
    int u0 = uFromEnd * (outW - 1);
    int v0 = vFromEnd * (outH - 1);
    int stepX = ux + vx * outW;
    for (int y = 0; y < h; y++) {
      int target = (u0 + uy * y) + (v0 + vy * y) * outW;
      int row = y * w;
      for (int x = 0; x < w; x++, target += stepX) {
        dst[target] = src[row + x];
      }
    }
    return out;
  }
}
