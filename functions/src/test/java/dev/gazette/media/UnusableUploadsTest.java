package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.media.UnusableImage.Kind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every upload that cannot be published is refused with one exception and words an editor can act on. */
class UnusableUploadsTest {
  private static final ImageProcessor PROCESSOR = new ImageProcessor(ImageLimits.defaults());
  private static final BufferedImage PICTURE = Pictures.detailed(160, 120, 1);

  @Test
  void bytesOfNoImageFormatAreNotAnImage() {
    byte[] noise = new byte[4000];
    new Random(5).nextBytes(noise);
    noise[0] = 0x13;

    refused(noise, null).hasMessage("not an image: the bytes are none of JPEG, PNG, WebP or GIF");
    refused(new byte[0], "image/jpeg").hasMessage("not an image: the upload is empty");
    refused("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), null).hasMessageContaining("PDF");
  }

  @Test
  void svgIsRefusedWhateverItSaysItIs() {
    String svg = "\uFEFF<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">"
        + "<script>alert(document.cookie)</script><rect width=\"100\" height=\"100\"/></svg>";

    refused(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml", Kind.UNSUPPORTED_FORMAT)
        .hasMessageStartingWith("SVG is not accepted");
    refused(svg.getBytes(StandardCharsets.UTF_8), "image/png", Kind.UNSUPPORTED_FORMAT)
        .hasMessageStartingWith("SVG is not accepted");
    refused("  <html><body><img src=x onerror=alert(1)></body></html>".getBytes(StandardCharsets.UTF_8),
        "image/jpeg", Kind.NOT_AN_IMAGE).hasMessage("not an image: the upload is text (XML or HTML)");
  }

  @Test
  void heicAndAvifAreRefusedSayingWhatToSendInstead() {
    refused(isoMediaHeader("heic"), "image/heic", Kind.UNSUPPORTED_FORMAT)
        .hasMessageStartingWith("HEIC is not accepted").hasMessageContaining("send a JPEG");
    refused(isoMediaHeader("avif"), "image/avif", Kind.UNSUPPORTED_FORMAT)
        .hasMessageStartingWith("AVIF is not accepted");
  }

  @Test
  void aDeclaredTypeTheBytesBelieIsRefused() {
    refused(Pictures.jpeg(PICTURE), "image/png", Kind.TYPE_MISMATCH)
        .hasMessage("content type image/png declared but the bytes are JPEG");
    refused(Pictures.file(PICTURE, "png"), "image/svg+xml", Kind.TYPE_MISMATCH)
        .hasMessage("content type image/svg+xml declared but the bytes are PNG");
    refused(Pictures.file(PICTURE, "gif"), "text/html", Kind.TYPE_MISMATCH);
  }

  @Test
  void aSmallPngDeclaringHugeDimensionsIsRefusedBeforeItsPixelsAreAllocated() {
    byte[] bomb = PngChunks.declaringSize(Pictures.file(PICTURE, "png"), 30_000, 30_000);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();

    refused(bomb, "image/png", Kind.TOO_LARGE).hasMessageStartingWith("too many pixels (30000 × 30000 > 50000000)");

    // Decoding would take 2.7 GB; reading the header takes a few kilobytes.
    assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(16L << 20);
  }

  @Test
  void thePixelLimitIsTheProcessorsToSet() {
    ImageProcessor strict = new ImageProcessor(ImageLimits.defaults().withMaxPixels(10_000));

    assertThatThrownBy(() -> strict.process(Pictures.jpeg(PICTURE), "image/jpeg", FocalPoint.CENTER))
        .isInstanceOf(UnusableImage.class).hasMessageStartingWith("too many pixels (160 × 120 > 10000)");
  }

  @Test
  void aFileOverTheByteLimitIsRefusedAndAStreamOverItIsNotEvenRead() {
    ImageProcessor small = new ImageProcessor(new ImageLimits(1000, 50_000_000, 64));
    InputStream unreadable = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("must not be read");
      }
    };

    assertThatThrownBy(() -> small.process(Pictures.jpeg(PICTURE), "image/jpeg", FocalPoint.CENTER))
        .isInstanceOf(UnusableImage.class).hasMessageStartingWith("too large (");
    assertThatThrownBy(() -> small.process(unreadable, 5_000_000, "image/jpeg", FocalPoint.CENTER))
        .isInstanceOf(UnusableImage.class).hasMessage("too large (4.8 MB > 1000 bytes): send a smaller file");
  }

  @Test
  void aPictureTooSmallToServeIsRefused() {
    refused(Pictures.file(Pictures.detailed(40, 30, 2), "png"), "image/png", Kind.TOO_SMALL)
        .hasMessage("too small (40 × 30): the shorter side needs at least 64 pixels");
  }

  @Test
  void aStreamThatEndsBeforeItsDeclaredLengthIsTruncated() {
    byte[] jpeg = Pictures.jpeg(PICTURE);

    assertThatThrownBy(() -> PROCESSOR.process(new ByteArrayInputStream(jpeg), jpeg.length + 10L, "image/jpeg",
        FocalPoint.CENTER)).isInstanceOf(UnusableImage.class)
        .hasMessage("truncated: the upload ended after " + jpeg.length + " of " + (jpeg.length + 10) + " bytes; send the file again");
  }

  @Test
  void aJpegCutShortIsTruncatedNotHalfGrey() {
    byte[] jpeg = Pictures.jpeg(PICTURE);

    refused(Arrays.copyOf(jpeg, jpeg.length * 6 / 10), "image/jpeg", Kind.TRUNCATED)
        .hasMessage("truncated: the JPEG stops before its end; send the file again");
    refused(Arrays.copyOf(jpeg, jpeg.length - 2), "image/jpeg", Kind.TRUNCATED);
  }

  @Test
  void pngGifAndWebpCutShortAreTruncated() {
    for (String format : new String[] {"png", "gif", "webp"}) {
      byte[] file = Pictures.file(PICTURE, format);
      refused(Arrays.copyOf(file, file.length * 6 / 10), null, Kind.TRUNCATED).as(format)
          .hasMessageStartingWith("truncated:");
      refused(Arrays.copyOf(file, file.length - 1), null, Kind.TRUNCATED).as(format + " less its last byte");
    }
  }

  @Test
  void aPngWhoseDataIsGarbageIsDamaged() {
    refused(PngChunks.withGarbledData(Pictures.file(PICTURE, "png"), (byte) 0x5a), "image/png", Kind.DAMAGED)
        .hasMessage("damaged: the PNG data cannot be decoded; export the picture again");
  }

  @Test
  void animatedGifAndPngAreRefusedNotCutToTheirFirstFrame() throws IOException {
    refused(animatedGif(), "image/gif", Kind.ANIMATED).hasMessageStartingWith("animated GIF (2 frames) is not accepted");
    byte[] apng = PngChunks.withChunkAfterHeader(Pictures.file(PICTURE, "png"), "acTL",
        ByteBuffer.allocate(8).putInt(2).putInt(0).array());
    refused(apng, "image/png", Kind.ANIMATED).hasMessageStartingWith("animated PNG is not accepted");
    refused(animatedWebpHeader(), "image/webp", Kind.ANIMATED).hasMessageStartingWith("animated WebP is not accepted");
  }

  @Test
  void aStillGifIsAccepted() {
    ProcessedImage image = PROCESSOR.process(Pictures.file(PICTURE, "gif"), "image/gif", FocalPoint.CENTER);

    assertThat(image.sourceFormat()).isEqualTo(SourceFormat.GIF);
    assertThat(image.renditions()).isNotEmpty();
  }

  private static byte[] animatedGif() throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      writer.writeToSequence(new IIOImage(PICTURE, null, null), null);
      writer.writeToSequence(new IIOImage(Pictures.quadrants(160, 120), null, null), null);
      writer.endWriteSequence();
    }
    return bytes.toByteArray();
  }

  /** An extended WebP whose VP8X chunk sets the animation flag, with an ANIM chunk: what animated WebPs start with. */
  private static byte[] animatedWebpHeader() {
    ByteBuffer b = ByteBuffer.allocate(12 + 18 + 14).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(b.capacity() - 8).put("WEBP".getBytes(StandardCharsets.US_ASCII));
    b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0x02).put(new byte[3]);
    b.put(new byte[] {(byte) 159, 0, 0, 119, 0, 0}); // canvas 160 × 120, stored minus one
    b.put("ANIM".getBytes(StandardCharsets.US_ASCII)).putInt(6).putInt(0xffffffff).putShort((short) 0);
    return b.array();
  }

  /** The first bytes of an ISO media file (HEIF, AVIF): a ftyp box with its major brand. */
  private static byte[] isoMediaHeader(String brand) {
    return ByteBuffer.allocate(64).putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII))
        .put(brand.getBytes(StandardCharsets.US_ASCII)).putInt(0).put("mif1".getBytes(StandardCharsets.US_ASCII))
        .put(brand.getBytes(StandardCharsets.US_ASCII)).array();
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(byte[] bytes, String type) {
    return refused(bytes, type, Kind.NOT_AN_IMAGE);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(byte[] bytes, String type, Kind kind) {
    return assertThatThrownBy(() -> PROCESSOR.process(bytes, type, FocalPoint.CENTER))
        .isInstanceOfSatisfying(UnusableImage.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }
}
