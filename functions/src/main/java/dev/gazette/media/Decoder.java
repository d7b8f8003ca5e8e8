package dev.gazette.media;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import dev.gazette.media.UnusableImage.Kind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an upload once, and only after its header has passed the limits: the size is read
 * before a single pixel is, so a small file declaring 30 000 × 30 000 allocates nothing. Readers
 * are chosen, not looked up: TwelveMonkeys for JPEG (CMYK, YCCK and ICC profiles, and a warning
 * when the data stops early), libwebp 1.5 for WebP (the reference decoder; the pure-Java one
 * decodes about 1 MP a second, 20 times slower), the JDK's own for PNG and GIF.
 */
final class Decoder {
  private final ImageLimits limits;
  private final ImageReaderSpi jpeg = registered(JPEGImageReaderSpi.class);
  private final ImageReaderSpi webp = registered(WebPImageReaderSpi.class);
  private final ImageReaderSpi png = jdkReader("png");
  private final ImageReaderSpi gif = jdkReader("gif");

  Decoder(ImageLimits limits) {
    this.limits = limits;
  }

  /** The pixels of {@code bytes}, as stored (not yet turned upright), in the decoder's colour model. */
  BufferedImage decode(SourceFormat format, byte[] bytes, Container container) {
    if (!container.complete()) {
      throw truncated(format, null);
    }
    if (container.animated()) {
      throw animated(format, 0);
    }
    List<String> warnings = new ArrayList<>();
    ImageReader reader = createReader(format);
    // A memory stream: ImageIO's default may cache in temporary files.
    try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      // JPEG keeps its metadata: the reader needs the Adobe marker and the ICC profile.
      reader.setInput(in, false, format != SourceFormat.JPEG);
      checkSize(reader.getWidth(0), reader.getHeight(0));
      int frames = format == SourceFormat.GIF ? reader.getNumImages(true) : 1;
      if (frames > 1) {
        throw animated(format, frames);
      }
      BufferedImage image = reader.read(0);
      if (warnings.stream().anyMatch(Decoder::saysTruncated)) {
        throw truncated(format, null);
      }
      return image;
    } catch (UnusableImage e) {
      throw e;
    } catch (EOFException e) {
      throw truncated(format, e);
    } catch (IOException | RuntimeException e) {
      // Decoders answer hostile bytes with any runtime exception (index, size, state): all mean damaged.
      throw new UnusableImage(Kind.DAMAGED, "damaged: the " + format.label()
          + " data cannot be decoded; export the picture again", e);
    } finally {
      reader.dispose();
    }
  }

  private void checkSize(int width, int height) {
    if ((long) width * height > limits.maxPixels()) {
      throw new UnusableImage(Kind.TOO_LARGE, String.format(Locale.ROOT,
          "too many pixels (%d × %d > %d): send a picture of at most %.0f megapixels",
          width, height, limits.maxPixels(), limits.maxPixels() / 1e6));
    }
    if (Math.min(width, height) < limits.minSide()) {
      throw new UnusableImage(Kind.TOO_SMALL, "too small (" + width + " × " + height
          + "): the shorter side needs at least " + limits.minSide() + " pixels");
    }
  }

  private static boolean saysTruncated(String warning) {
    String text = warning.toLowerCase(Locale.ROOT);
    return text.contains("truncated") || text.contains("premature end");
  }

  private static UnusableImage truncated(SourceFormat format, Throwable cause) {
    return new UnusableImage(Kind.TRUNCATED, "truncated: the " + format.label()
        + " stops before its end; send the file again", cause);
  }

  private static UnusableImage animated(SourceFormat format, int frames) {
    String count = frames > 1 ? " (" + frames + " frames)" : "";
    return new UnusableImage(Kind.ANIMATED, "animated " + format.label() + count
        + " is not accepted: renditions are still pictures; send the frame you want as a JPEG or PNG");
  }

  private ImageReader createReader(SourceFormat format) {
    ImageReaderSpi spi = switch (format) {
      case JPEG -> jpeg;
      case WEBP -> webp;
      case PNG -> png;
      case GIF -> gif;
    };
    try {
      return spi.createReaderInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("no " + format + " reader", e);
    }
  }

  /**
   * The registered instance: TwelveMonkeys' JPEG reader finds the JDK's (its delegate) when it is
   * registered, which needs META-INF/services to survive shading into the Lambda jar. A jar
   * without them fails here, at init, not on an editor's upload.
   */
  static <T extends ImageReaderSpi> T registered(Class<T> type) {
    T spi = IIORegistry.getDefaultInstance().getServiceProviderByClass(type);
    if (spi == null) {
      throw new IllegalStateException(type.getName() + " is not registered with ImageIO:"
          + " META-INF/services/javax.imageio.spi.ImageReaderSpi is missing from the classpath");
    }
    return spi;
  }

  private static ImageReaderSpi jdkReader(String format) {
    return ImageIO.getImageReadersByFormatName(format).next().getOriginatingProvider();
  }
}
