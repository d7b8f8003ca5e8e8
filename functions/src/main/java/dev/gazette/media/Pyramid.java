package dev.gazette.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * The upright picture and its halvings (each pixel the mean of four), made when first needed and
 * shared by every crop. A rendition is resampled from the smallest level still at least its size,
 * so Lanczos never shrinks by more than 2 and a 2048-pixel rendition of a 24 MP photo reads 6 MP,
 * not 24 — the way libvips and Pillow keep large shrinks both fast and free of aliasing.
 */
final class Pyramid {
  private final List<BufferedImage> levels = new ArrayList<>();

  Pyramid(BufferedImage upright) {
    levels.add(upright);
  }

  /** The part of the picture in {@code window} (level-0 pixels) at {@code width} × {@code height}. */
  BufferedImage render(CropWindow window, int width, int height) {
    int level = 0;
    while (window.width() >> (level + 1) >= width && window.height() >> (level + 1) >= height) {
      level++;
    }
    BufferedImage source = level(level);
    double scale = 1.0 / (1 << level);
    return Lanczos.resample(source, window.x() * scale, window.y() * scale,
        window.width() * scale, window.height() * scale, width, height);
  }

  private BufferedImage level(int level) {
    while (levels.size() <= level) {
      levels.add(halve(levels.get(levels.size() - 1)));
    }
    return levels.get(level);
  }

  private static BufferedImage halve(BufferedImage image) {
    int w = image.getWidth();
    int outW = w / 2;
    int outH = image.getHeight() / 2;
    int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    BufferedImage half = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
    int[] dst = ((DataBufferInt) half.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < outH; y++) {
      int top = 2 * y * w;
      int bottom = top + w;
      for (int x = 0, out = y * outW; x < outW; x++) {
        int a = src[top + 2 * x], b = src[top + 2 * x + 1], c = src[bottom + 2 * x], d = src[bottom + 2 * x + 1];
        int r = ((a >> 16 & 0xff) + (b >> 16 & 0xff) + (c >> 16 & 0xff) + (d >> 16 & 0xff) + 2) >> 2;
        int g = ((a >> 8 & 0xff) + (b >> 8 & 0xff) + (c >> 8 & 0xff) + (d >> 8 & 0xff) + 2) >> 2;
        int bl = ((a & 0xff) + (b & 0xff) + (c & 0xff) + (d & 0xff) + 2) >> 2;
        dst[out + x] = r << 16 | g << 8 | bl;
      }
    }
    return half;
  }
}
