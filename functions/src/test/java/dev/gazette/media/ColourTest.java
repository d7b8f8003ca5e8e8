package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

/** Renditions are sRGB with the colours the upload meant, whatever colour model it came in. */
class ColourTest {
  private static final ImageProcessor PROCESSOR = new ImageProcessor(ImageLimits.defaults());
  // Bands of ink, left to right: none, cyan, magenta, yellow, black, and an orange of M 50% + Y 100%.
  private static final int[][] INKS = {{0, 0, 0, 0}, {255, 0, 0, 0}, {0, 255, 0, 0}, {0, 0, 255, 0},
      {0, 0, 0, 255}, {0, 128, 255, 0}};
  private static final int[] EXPECTED = {0xffffff, 0x00ffff, 0xff00ff, 0xffff00, 0x000000, 0xff7f00};
  private static final int BAND = 64;

  @Test
  void anAgencysCmykJpegComesOutInTheRightColours() throws IOException {
    assertBandColours(cmykJpeg(false));
  }

  @Test
  void aYcckJpegComesOutInTheRightColours() throws IOException {
    assertBandColours(cmykJpeg(true));
  }

  @Test
  void aJpegInAdobeRgbIsConvertedToSrgbNotRelabelled() throws IOException {
    ICC_Profile adobeRgb;
    try (InputStream in = ColourTest.class.getResourceAsStream("/profiles/ClayRGB1998.icc")) {
      adobeRgb = ICC_Profile.getInstance(in);
    }
    int stored = 0x28a03c; // a green: Adobe RGB's greens go further than sRGB's
    float[] srgb = new ICC_ColorSpace(adobeRgb).toRGB(new float[] {0x28 / 255f, 0xa0 / 255f, 0x3c / 255f});
    int expected = Math.round(srgb[0] * 255) << 16 | Math.round(srgb[1] * 255) << 8 | Math.round(srgb[2] * 255);
    byte[] tagged = JpegFile.withSegments(Pictures.jpeg(Pictures.flat(128, 96, stored)),
        JpegFile.segment(0xe2, "ICC_PROFILE\0\1\1", adobeRgb.getData()));

    int out = centre(PROCESSOR.process(tagged, "image/jpeg", FocalPoint.CENTER), 64);

    assertThat(Pictures.near(expected, stored, 12)).as("the two spaces differ here").isFalse();
    assertThat(Pictures.near(out, expected, 8)).as("%06x near %06x", out, expected).isTrue();
  }

  @Test
  void greyStaysTheSameGrey() {
    BufferedImage grey = new BufferedImage(96, 96, BufferedImage.TYPE_BYTE_GRAY);
    grey.getRaster().setSamples(0, 0, 96, 96, 0, new int[96 * 96]);
    WritableRaster raster = grey.getRaster();
    for (int y = 0; y < 96; y++) {
      for (int x = 0; x < 96; x++) {
        raster.setSample(x, y, 0, 100);
      }
    }

    int out = centre(PROCESSOR.process(Pictures.jpeg(grey), "image/jpeg", FocalPoint.CENTER), 48);

    assertThat(Pictures.near(out, 0x646464, 4)).as("%06x", out).isTrue();
  }

  @Test
  void transparencyIsLaidOnWhite() {
    BufferedImage logo = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 96; y++) {
      for (int x = 0; x < 96; x++) {
        logo.setRGB(x, y, x < 48 ? 0x00000000 : 0x80ff0000); // clear, then half-transparent red
      }
    }
    ProcessedImage image = PROCESSOR.process(Pictures.file(logo, "png"), "image/png", FocalPoint.CENTER);

    BufferedImage square = Pictures.read(image.renditions(Crop.SQUARE, RenditionFormat.WEBP).get(0).bytes());
    assertThat(Pictures.near(square.getRGB(20, 48), 0xffffff, 6)).isTrue();
    assertThat(Pictures.near(square.getRGB(76, 48), 0xff7f7f, 8)).as("%06x", square.getRGB(76, 48)).isTrue();
  }

  private static void assertBandColours(byte[] jpeg) {
    ProcessedImage image = PROCESSOR.process(jpeg, "image/jpeg", FocalPoint.CENTER);
    List<Rendition> ladder = image.renditions(Crop.WIDE, RenditionFormat.JPEG);
    BufferedImage wide = Pictures.read(ladder.get(ladder.size() - 1).bytes());
    assertThat(wide.getWidth()).isEqualTo(INKS.length * BAND);
    for (int band = 0; band < INKS.length; band++) {
      int out = wide.getRGB(band * BAND + BAND / 2, wide.getHeight() / 2) & 0xffffff;
      assertThat(Pictures.near(out, EXPECTED[band], 14)).as("band %d: %06x, expected %06x", band, out, EXPECTED[band])
          .isTrue();
    }
  }

  private static int centre(ProcessedImage image, int at) {
    BufferedImage square = Pictures.read(image.renditions(Crop.SQUARE, RenditionFormat.JPEG).get(0).bytes());
    return square.getRGB(at, at) & 0xffffff;
  }

  /**
   * A CMYK JPEG as Photoshop writes one: an Adobe APP14 marker (transform 0 for CMYK, 2 for YCCK)
   * and inverted ink values. Without an ICC profile the reader converts naively, so pure inks
   * come out as the pure screen colours expected above.
   */
  private static byte[] cmykJpeg(boolean ycck) throws IOException {
    WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, INKS.length * BAND, 216, 4, null);
    for (int y = 0; y < raster.getHeight(); y++) {
      for (int x = 0; x < raster.getWidth(); x++) {
        int[] ink = INKS[x / BAND];
        raster.setPixel(x, y, ycck ? ycck(ink) : new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]});
      }
    }
    ImageWriter writer = rasterWriter();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.95f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(raster, null, null), param); // four channels, no colour transform
    }
    byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) (ycck ? 2 : 0)};
    return JpegFile.withSegments(bytes.toByteArray(), JpegFile.segment(0xee, adobe));
  }

  /** Y, Cb and Cr of the three inks (as JFIF turns R, G, B), and the inverted black. */
  private static int[] ycck(int[] ink) {
    double c = ink[0], m = ink[1], y = ink[2];
    return new int[] {
        clamp(0.299 * c + 0.587 * m + 0.114 * y),
        clamp(128 - 0.168736 * c - 0.331264 * m + 0.5 * y),
        clamp(128 + 0.5 * c - 0.418688 * m - 0.081312 * y),
        255 - ink[3]};
  }

  private static ImageWriter rasterWriter() {
    for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg"); writers.hasNext(); ) {
      ImageWriter writer = writers.next();
      if (writer.canWriteRasters()) {
        return writer;
      }
    }
    throw new IllegalStateException("no JPEG writer takes rasters");
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }
}
