package dev.gazette.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Lanczos-3 resampling of a region of a picture, in two passes (rows, then columns) with integer
 * weights: sharp without ringing that shows, and the same bytes on every machine and every run.
 * Meant for shrinking by at most about 2 (the {@link Pyramid} does the rest by halving), which
 * keeps every output pixel to at most a dozen taps per pass.
 */
final class Lanczos {
  private static final int LOBES = 3;
  private static final int BITS = 14;
  private static final int ONE = 1 << BITS;
  private static final int HALF = ONE >> 1;

  private Lanczos() {}

  /**
   * The region (x, y, width, height in source pixels, fractions allowed) of {@code source}, a
   * TYPE_INT_RGB picture, resampled to {@code outW} × {@code outH}.
   */
  static BufferedImage resample(BufferedImage source, double x, double y, double width, double height, int outW, int outH) {
    int srcW = source.getWidth();
    int[] src = ((DataBufferInt) source.getRaster().getDataBuffer()).getData();
    Taps across = Taps.of(x, width, outW, srcW);
    Taps down = Taps.of(y, height, outH, source.getHeight());
    int firstRow = down.first[0];
    int lastRow = down.first[outH - 1] + down.count[outH - 1];
    int[] rows = new int[(lastRow - firstRow) * outW];
    for (int row = firstRow; row < lastRow; row++) {
      int in = row * srcW;
      int out = (row - firstRow) * outW;
      for (int i = 0; i < outW; i++) {
        int r = 0, g = 0, b = 0;
        int at = in + across.first[i];
        int weight = i * across.stride;
        for (int k = 0, n = across.count[i]; k < n; k++) {
          int p = src[at + k];
          int w = across.weights[weight + k];
          r += w * (p >> 16 & 0xff);
          g += w * (p >> 8 & 0xff);
          b += w * (p & 0xff);
        }
        rows[out + i] = pack(r, g, b);
      }
    }
    BufferedImage result = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
    int[] dst = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
    int[] r = new int[outW], g = new int[outW], b = new int[outW];
    for (int j = 0; j < outH; j++) {
      java.util.Arrays.fill(r, 0);
      java.util.Arrays.fill(g, 0);
      java.util.Arrays.fill(b, 0);
      for (int k = 0, n = down.count[j]; k < n; k++) {
        int w = down.weights[j * down.stride + k];
        int in = (down.first[j] + k - firstRow) * outW;
        for (int i = 0; i < outW; i++) {
          int p = rows[in + i];
          r[i] += w * (p >> 16 & 0xff);
          g[i] += w * (p >> 8 & 0xff);
          b[i] += w * (p & 0xff);
        }
      }
      for (int i = 0, out = j * outW; i < outW; i++) {
        dst[out + i] = pack(r[i], g[i], b[i]);
      }
    }
    return result;
  }

  private static int pack(int r, int g, int b) {
    return channel(r) << 16 | channel(g) << 8 | channel(b);
  }

  private static int channel(int sum) {
    int value = (sum + HALF) >> BITS;
    return value < 0 ? 0 : Math.min(value, 255);
  }

  private static double kernel(double t) {
    if (t == 0) {
      return 1;
    }
    if (t <= -LOBES || t >= LOBES) {
      return 0;
    }
    double pt = Math.PI * t;
    return LOBES * Math.sin(pt) * Math.sin(pt / LOBES) / (pt * pt);
  }

  /** For each output pixel on one axis: its first source pixel, how many, and their weights. */
  private record Taps(int[] first, int[] count, int[] weights, int stride) {

    static Taps of(double origin, double span, int out, int limit) {
      double scale = span / out;
      double stretch = Math.max(1, scale); // widen the kernel when shrinking, to average, not skip
      double support = LOBES * stretch;
      int stride = (int) Math.ceil(support) * 2 + 2;
      int[] first = new int[out];
      int[] count = new int[out];
      int[] weights = new int[out * stride];
      double[] exact = new double[stride];
      for (int i = 0; i < out; i++) {
        double centre = origin + (i + 0.5) * scale;
        int lo = Math.max(0, (int) Math.floor(centre - support));
        int hi = Math.min(limit, (int) Math.ceil(centre + support));
        double sum = 0;
        for (int s = lo; s < hi; s++) {
          exact[s - lo] = kernel((s + 0.5 - centre) / stretch);
          sum += exact[s - lo];
        }
        int total = 0;
        int largest = 0;
        for (int k = 0; k < hi - lo; k++) {
          int w = (int) Math.round(exact[k] / sum * ONE);
          weights[i * stride + k] = w;
          total += w;
          largest = w > weights[i * stride + largest] ? k : largest;
        }
        weights[i * stride + largest] += ONE - total; // rounding must not tint flat areas
        first[i] = lo;
        count[i] = hi - lo;
      }
      return new Taps(first, count, weights, stride);
    }
  }
}
