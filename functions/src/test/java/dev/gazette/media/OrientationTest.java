package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A picture comes out upright whichever of the eight EXIF orientations its camera stored it in. */
class OrientationTest {
  private static final ImageProcessor PROCESSOR = new ImageProcessor(ImageLimits.defaults());
  private static final BufferedImage UPRIGHT = Pictures.quadrants(128, 72);

  @ParameterizedTest(name = "orientation {0}")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyExifOrientationComesOutUpright(int orientation) {
    byte[] stored = JpegFile.withSegments(Pictures.jpeg(storedAs(orientation).apply(UPRIGHT)),
        ExifBlock.app1(orientation, false, orientation % 2 == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN));

    ProcessedImage image = PROCESSOR.process(stored, "image/jpeg", FocalPoint.CENTER);

    assertThat(image.width()).isEqualTo(128);
    assertThat(image.height()).isEqualTo(72);
    // The 16:9 crop of a 16:9 picture is all of it: its quadrants must be where they were drawn.
    for (RenditionFormat format : RenditionFormat.values()) {
      BufferedImage wide = Pictures.read(image.renditions(Crop.WIDE, format).get(0).bytes());
      assertThat(wide.getWidth()).isEqualTo(128);
      assertQuadrant(wide, 32, 18, Pictures.RED, format);
      assertQuadrant(wide, 96, 18, Pictures.GREEN, format);
      assertQuadrant(wide, 32, 54, Pictures.BLUE, format);
      assertQuadrant(wide, 96, 54, Pictures.WHITE, format);
    }
  }

  @Test
  void aPngsExifChunkTurnsItToo() {
    byte[] png = PngChunks.withChunkAfterHeader(Pictures.file(storedAs(6).apply(UPRIGHT), "png"), "eXIf",
        ExifBlock.tiff(6, true, ByteOrder.LITTLE_ENDIAN));

    ProcessedImage image = PROCESSOR.process(png, "image/png", FocalPoint.CENTER);

    assertThat(image.width()).isEqualTo(128);
    BufferedImage wide = Pictures.read(image.renditions(Crop.WIDE, RenditionFormat.JPEG).get(0).bytes());
    assertQuadrant(wide, 96, 18, Pictures.GREEN, RenditionFormat.JPEG);
  }

  @Test
  void aPictureWithoutExifIsTakenAsUpright() {
    ProcessedImage image = PROCESSOR.process(Pictures.jpeg(UPRIGHT), "image/jpeg", FocalPoint.CENTER);

    BufferedImage wide = Pictures.read(image.renditions(Crop.WIDE, RenditionFormat.JPEG).get(0).bytes());
    assertQuadrant(wide, 32, 18, Pictures.RED, RenditionFormat.JPEG);
  }

  @Test
  void exifWithNonsenseIsIgnoredNotFatal() {
    byte[] tiff = ExifBlock.tiff(6, false, ByteOrder.BIG_ENDIAN);
    tiff[5] = 0x7f; // IFD0 offset far past the block
    byte[] jpeg = JpegFile.withSegments(Pictures.jpeg(UPRIGHT), JpegFile.segment(0xe1, "Exif\0\0", tiff));

    assertThat(PROCESSOR.process(jpeg, "image/jpeg", FocalPoint.CENTER).width()).isEqualTo(128);
    assertThat(Orientation.fromExif(new byte[] {'I', 'I', 42, 0, 8, 0})).isEqualTo(Orientation.UPRIGHT);
    assertThat(Orientation.fromExif(ExifBlock.tiff(9, false, ByteOrder.BIG_ENDIAN))).isEqualTo(Orientation.UPRIGHT);
  }

  /** What a camera stores so that the tag's transformation makes {@code upright} again. */
  private static UnaryOperator<BufferedImage> storedAs(int orientation) {
    return switch (orientation) {
      case 1 -> image -> image;
      case 2 -> OrientationTest::mirror;
      case 3 -> image -> turnRight(turnRight(image));
      case 4 -> image -> mirror(turnRight(turnRight(image)));
      case 5 -> image -> mirror(turnRight(image)); // transposed
      case 6 -> image -> turnRight(turnRight(turnRight(image))); // shown after a quarter turn right
      case 7 -> image -> mirror(turnRight(turnRight(turnRight(image)))); // transverse
      case 8 -> OrientationTest::turnRight; // shown after a quarter turn left
      default -> throw new IllegalArgumentException("orientation " + orientation);
    };
  }

  private static BufferedImage turnRight(BufferedImage image) {
    BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        turned.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
      }
    }
    return turned;
  }

  private static BufferedImage mirror(BufferedImage image) {
    BufferedImage mirrored = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        mirrored.setRGB(image.getWidth() - 1 - x, y, image.getRGB(x, y));
      }
    }
    return mirrored;
  }

  private static void assertQuadrant(BufferedImage image, int x, int y, int rgb, RenditionFormat format) {
    assertThat(Pictures.near(image.getRGB(x, y), rgb, 40))
        .as("%s at (%d, %d) is %06x, expected near %06x", format, x, y, image.getRGB(x, y) & 0xffffff, rgb)
        .isTrue();
  }
}
