package dev.gazette.media;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes renditions from raw pixels only: no metadata object is ever handed to a writer, so
 * nothing of the upload (EXIF, GPS, XMP, IPTC, comments, profiles) can be copied into them.
 * JPEG comes from the JDK's libjpeg (with a JFIF header, which says nothing about the picture);
 * WebP from libwebp, bundled in webp-imageio, which writes a bare VP8 file.
 */
final class RenditionEncoder {
  static final float JPEG_QUALITY = 0.82f;
  static final float WEBP_QUALITY = 0.80f;
  // libwebp's method 2 of 0..6: within 3% of the size of its default (4) at half the time.
  static final int WEBP_METHOD = 2;

  private final ImageWriterSpi jpeg;
  private final ImageWriterSpi webp = registeredWebp();

  RenditionEncoder() {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("this JDK has no JPEG writer");
    }
    jpeg = writers.next().getOriginatingProvider();
    // Loads libwebp now, at init (and into a SnapStart snapshot), not during the first upload.
    encode(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), RenditionFormat.WEBP);
  }

  /** The file of {@code pixels} (TYPE_INT_RGB, sRGB) in {@code format}. */
  byte[] encode(BufferedImage pixels, RenditionFormat format) {
    try {
      ImageWriter writer = (format == RenditionFormat.JPEG ? jpeg : webp).createWriterInstance();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(pixels.getWidth() * pixels.getHeight() / 4);
      // A memory stream: ImageIO's default may cache in temporary files.
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(pixels, null, null), parameters(writer, format));
      } finally {
        writer.dispose();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode a " + format + " rendition", e);
    }
  }

  private static ImageWriterSpi registeredWebp() {
    ImageWriterSpi spi = IIORegistry.getDefaultInstance().getServiceProviderByClass(WebPImageWriterSpi.class);
    if (spi == null) {
      throw new IllegalStateException("the WebP writer is not registered with ImageIO:"
          + " META-INF/services/javax.imageio.spi.ImageWriterSpi is missing from the classpath");
    }
    return spi;
  }

  private static ImageWriteParam parameters(ImageWriter writer, RenditionFormat format) {
    if (format == RenditionFormat.WEBP) {
      WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType(CompressionType.Lossy);
      param.setCompressionQuality(WEBP_QUALITY);
      param.setMethod(WEBP_METHOD);
      return param;
    }
    // The JDK writes three-channel pictures as YCbCr 4:2:0; progressive files come out smaller.
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(JPEG_QUALITY);
    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    return param;
  }
}
