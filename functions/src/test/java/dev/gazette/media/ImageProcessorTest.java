package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the handler gets back: every crop down the ladder in both formats, named by a stable hash. */
class ImageProcessorTest {
  private static final ImageProcessor PROCESSOR = new ImageProcessor(ImageLimits.defaults());
  private static final byte[] PHOTO = Pictures.jpeg(Pictures.detailed(720, 480, 7));
  private static final ProcessedImage CENTRED = PROCESSOR.process(PHOTO, "image/jpeg", FocalPoint.CENTER);

  @Test
  void everyCropComesDownTheLadderCappedAtItsOwnWidthInBothFormats() {
    ProcessedImage image = CENTRED;

    assertThat(image.width()).isEqualTo(720);
    assertThat(image.height()).isEqualTo(480);
    assertThat(image.sourceFormat()).isEqualTo(SourceFormat.JPEG);
    assertThat(widths(image, Crop.WIDE)).containsExactly(320, 640, 720);
    assertThat(widths(image, Crop.STANDARD)).containsExactly(320, 640);
    assertThat(widths(image, Crop.SQUARE)).containsExactly(320, 480);
    assertThat(image.renditions()).hasSize(2 * (3 + 2 + 2));
  }

  @Test
  void renditionsDecodeToTheirStatedSizeAndFormatAtTheirCropsRatio() {
    ProcessedImage image = PROCESSOR.process(PHOTO, "image/jpeg", new FocalPoint(0.2, 0.7));

    for (Rendition rendition : image.renditions()) {
      BufferedImage decoded = Pictures.read(rendition.bytes());
      assertThat(decoded.getWidth()).as(rendition.toString()).isEqualTo(rendition.width());
      assertThat(decoded.getHeight()).as(rendition.toString()).isEqualTo(rendition.height());
      assertThat(SourceFormat.recognise(rendition.bytes())).get().extracting(SourceFormat::mediaType)
          .isEqualTo(rendition.format().mediaType());
      int expectedHeight = rendition.crop().heightAt(rendition.width());
      assertThat(rendition.height()).as(rendition.toString()).isBetween(expectedHeight - 1, expectedHeight + 1);
    }
  }

  @Test
  void aSmallOriginalGetsOneRenditionPerCropAtItsOwnSizeAndIsNeverUpscaled() {
    byte[] small = Pictures.file(Pictures.detailed(200, 150, 3), "png");

    ProcessedImage image = PROCESSOR.process(small, "image/png", FocalPoint.CENTER);

    assertThat(widths(image, Crop.WIDE)).containsExactly(200);
    assertThat(widths(image, Crop.STANDARD)).containsExactly(200);
    assertThat(widths(image, Crop.SQUARE)).containsExactly(150);
    assertThat(image.renditions()).allSatisfy(r -> assertThat(r.height()).isLessThanOrEqualTo(150));
    assertThat(image.renditions(Crop.SQUARE, RenditionFormat.WEBP)).singleElement()
        .satisfies(r -> assertThat(r.height()).isEqualTo(150));
  }

  @Test
  void theSameUploadAndFocalPointGiveTheSameHashAndIdenticalBytes() {
    FocalPoint focus = new FocalPoint(0.3, 0.4);
    ProcessedImage first = PROCESSOR.process(PHOTO, "image/jpeg", focus);
    ProcessedImage replayed = new ImageProcessor(ImageLimits.defaults())
        .process(PHOTO.clone(), "image/jpeg; charset=binary", new FocalPoint(0.3000001, 0.4));

    assertThat(replayed.hash()).isEqualTo(first.hash());
    assertThat(replayed.sourceHash()).isEqualTo(first.sourceHash());
    assertThat(replayed.renditions()).hasSameSizeAs(first.renditions());
    for (int i = 0; i < first.renditions().size(); i++) {
      assertThat(replayed.renditions().get(i).bytes()).as(first.renditions().get(i).toString())
          .isEqualTo(first.renditions().get(i).bytes());
    }
  }

  @Test
  void anotherFocalPointOrAnotherUploadGivesAnotherHash() {
    ProcessedImage centred = CENTRED;
    ProcessedImage refocused = PROCESSOR.process(PHOTO, "image/jpeg", new FocalPoint(0.5, 0.8));
    ProcessedImage other = PROCESSOR.process(Pictures.jpeg(Pictures.detailed(720, 480, 8)), "image/jpeg",
        FocalPoint.CENTER);

    assertThat(refocused.hash()).isNotEqualTo(centred.hash());
    assertThat(refocused.sourceHash()).isEqualTo(centred.sourceHash());
    assertThat(other.hash()).isNotEqualTo(centred.hash());
    assertThat(centred.hash()).matches("[0-9a-f]{16}");
    assertThat(centred.sourceHash()).matches("[0-9a-f]{64}");
  }

  @Test
  void theFocalPointDecidesWhatTheCropShows() {
    // A blue picture with a red subject in its right third: a square around it is mostly red.
    BufferedImage scene = Pictures.flat(900, 300, Pictures.BLUE);
    for (int y = 0; y < 300; y++) {
      for (int x = 600; x < 900; x++) {
        scene.setRGB(x, y, Pictures.RED);
      }
    }
    byte[] bytes = Pictures.file(scene, "png");

    BufferedImage onSubject = Pictures.read(PROCESSOR.process(bytes, "image/png", new FocalPoint(0.83, 0.5))
        .renditions(Crop.SQUARE, RenditionFormat.JPEG).get(0).bytes());
    BufferedImage centred = Pictures.read(PROCESSOR.process(bytes, "image/png", FocalPoint.CENTER)
        .renditions(Crop.SQUARE, RenditionFormat.JPEG).get(0).bytes());

    assertThat(Pictures.near(onSubject.getRGB(150, 150), Pictures.RED, 30)).isTrue();
    assertThat(Pictures.near(centred.getRGB(150, 150), Pictures.BLUE, 30)).isTrue();
  }

  @Test
  void aStreamedUploadGivesWhatItsBytesGive() throws Exception {
    ProcessedImage streamed = PROCESSOR.process(new ByteArrayInputStream(PHOTO), PHOTO.length, "image/jpeg",
        FocalPoint.CENTER);

    assertThat(streamed.hash()).isEqualTo(CENTRED.hash());
    assertThat(streamed.renditions().get(0).bytes()).isEqualTo(CENTRED.renditions().get(0).bytes());
  }

  @Test
  void jpegRenditionsAreProgressiveWithHalvedChroma() {
    Rendition jpeg = CENTRED.renditions(Crop.WIDE, RenditionFormat.JPEG).get(0);

    JpegFile file = JpegFile.parse(jpeg.bytes());
    assertThat(file.markers()).contains(0xc2).doesNotContain(0xc0);
    byte[] frame = file.segments().stream().filter(s -> s.marker() == 0xc2).findFirst().orElseThrow().payload();
    assertThat(frame[5]).as("components").isEqualTo((byte) 3);
    assertThat(frame[7]).as("luma sampling 2x2 for 4:2:0").isEqualTo((byte) 0x22);
    assertThat(frame[10]).as("Cb sampling").isEqualTo((byte) 0x11);
  }

  private static List<Integer> widths(ProcessedImage image, Crop crop) {
    Map<RenditionFormat, List<Integer>> byFormat = image.renditions().stream()
        .filter(r -> r.crop() == crop)
        .collect(Collectors.groupingBy(Rendition::format, Collectors.mapping(Rendition::width, Collectors.toList())));
    assertThat(byFormat.get(RenditionFormat.JPEG)).isEqualTo(byFormat.get(RenditionFormat.WEBP));
    return byFormat.get(RenditionFormat.JPEG).stream().sorted().map(Function.identity()).toList();
  }
}
