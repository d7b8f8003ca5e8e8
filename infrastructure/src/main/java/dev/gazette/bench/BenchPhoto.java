package dev.gazette.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A camera-sized JPEG drawn for the media bench: soft gradients, hard edges, fine stripes and
 * sensor-like grain, so it compresses (about 1 byte a pixel at quality 0.92) and resamples like a
 * photograph rather than like a flat test card or pure noise.
 */
final class BenchPhoto {
  private BenchPhoto() {}

  /** A {@code width} × {@code height} JPEG, tagged with EXIF {@code orientation} unless it is 1. */
  static byte[] jpeg(int width, int height, int orientation) {
    byte[] jpeg = encode(draw(width, height));
    return orientation == 1 ? jpeg : withOrientation(jpeg, orientation);
  }

  private static BufferedImage draw(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    SplittableRandom grain = new SplittableRandom(2026);
    for (int y = 0; y < height; y++) {
      double v = (double) y / height;
      for (int x = 0; x < width; x++) {
        double u = (double) x / width;
        double sky = 0.5 + 0.5 * Math.sin(6 * u + 3 * v);
        boolean building = u > 0.2 && u < 0.55 && v > 0.35 && ((int) (u * 120) % 7 != 0);
        boolean window = building && (x / 23) % 3 == 0 && (y / 31) % 2 == 0;
        double stripes = 0.5 + 0.5 * Math.sin(x * 0.9 + y * 0.13);
        double dx = u - 0.75;
        double dy = v - 0.6;
        boolean face = dx * dx + dy * dy * 2.2 < 0.012;
        int r;
        int g;
        int b;
        if (face) {
          r = 214; g = 160; b = 130;
        } else if (window) {
          r = 250; g = 230; b = 150;
        } else if (building) {
          r = (int) (90 + 40 * stripes); g = (int) (85 + 35 * stripes); b = 80;
        } else {
          r = (int) (60 + 120 * sky * (1 - v)); g = (int) (120 + 80 * v); b = (int) (200 - 90 * v + 30 * sky);
        }
        int noise = grain.nextInt(17) - 8;
        pixels[y * width + x] = clamp(r + noise) << 16 | clamp(g + noise) << 8 | clamp(b + noise);
      }
    }
    return image;
  }

  private static byte[] encode(BufferedImage image) {
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.92f);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(image, null, null), param);
      }
      writer.dispose();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JPEG with an APP1 EXIF block holding only the Orientation tag, as a phone held upright writes. */
  private static byte[] withOrientation(byte[] jpeg, int orientation) {
    byte[] app1 = {(byte) 0xff, (byte) 0xe1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
        'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + app1.length);
    out.write(jpeg, 0, 2);
    out.writeBytes(app1);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }
}
