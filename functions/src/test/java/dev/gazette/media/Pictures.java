package dev.gazette.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Pictures drawn for the tests, and their files: no photograph of anyone's goes in. */
final class Pictures {
  static final int RED = 0xff0000;
  static final int GREEN = 0x00ff00;
  static final int BLUE = 0x0000ff;
  static final int WHITE = 0xffffff;

  private Pictures() {}

  /** Red top left, green top right, blue bottom left, white bottom right: every turn looks different. */
  static BufferedImage quadrants(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean left = x < width / 2;
        boolean top = y < height / 2;
        image.setRGB(x, y, top ? (left ? RED : GREEN) : (left ? BLUE : WHITE));
      }
    }
    return image;
  }

  /** Gradients, stripes and noise: something for an encoder to work at, like a photograph. */
  static BufferedImage detailed(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int noise = random.nextInt(24) - 12;
        int r = clamp((int) (128 + 90 * Math.sin(x / 31.0 + y / 77.0)) + noise);
        int g = clamp(y * 255 / height + noise);
        int b = clamp(((x / 8 + y / 8) % 2) * 120 + 60 + noise);
        image.setRGB(x, y, r << 16 | g << 8 | b);
      }
    }
    Graphics2D g = image.createGraphics();
    g.setColor(Color.YELLOW);
    g.fillOval(width / 3, height / 3, width / 4, height / 4);
    g.dispose();
    return image;
  }

  static BufferedImage flat(int width, int height, int rgb) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, rgb);
      }
    }
    return image;
  }

  static byte[] jpeg(BufferedImage image) {
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.95f);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(image, null, null), param);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of {@code image} in an ImageIO format: "png", "gif", "webp". */
  static byte[] file(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no writer for " + format);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage read(byte[] bytes) {
    try {
      return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The colour at (x, y) is within {@code tolerance} of {@code rgb} on every channel. */
  static boolean near(int actual, int rgb, int tolerance) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs((actual >> shift & 0xff) - (rgb >> shift & 0xff)) > tolerance) {
        return false;
      }
    }
    return true;
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }
}
