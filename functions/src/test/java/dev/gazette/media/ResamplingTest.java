package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shrinking averages detail away instead of picking pixels, and leaves flat colour exactly as it was. */
class ResamplingTest {

  @Test
  void aFlatColourStaysExactlyThatColourAtAnyScale() {
    BufferedImage flat = Pictures.flat(999, 601, 0x3c7a9e);
    for (int width : new int[] {998, 700, 512, 333, 100, 7}) {
      BufferedImage out = new Pyramid(flat).render(new CropWindow(0, 0, 999, 601), width, width * 601 / 999 + 1);
      int[] pixels = out.getRGB(0, 0, out.getWidth(), out.getHeight(), null, 0, out.getWidth());
      assertThat(IntStream.of(pixels).map(p -> p & 0xffffff).distinct().toArray()).as("%d wide", width)
          .containsExactly(0x3c7a9e);
    }
  }

  @Test
  void aFineCheckerboardShrinksToEvenGreyNotToStripesOrMoire() {
    BufferedImage checkers = new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 900; y++) {
      for (int x = 0; x < 900; x++) {
        checkers.setRGB(x, y, (x + y) % 2 == 0 ? 0xffffff : 0x000000);
      }
    }
    for (int width : new int[] {600, 377, 200}) { // by 1.5 (Lanczos alone), 2.4 and 4.5 (halving first)
      BufferedImage out = new Pyramid(checkers).render(new CropWindow(0, 0, 900, 900), width, width);
      // Away from the edges (where the kernel is cut), every pixel is within 12 levels of mid-grey.
      int[] inner = out.getRGB(4, 4, width - 8, width - 8, null, 0, width - 8);
      int worst = IntStream.of(inner).map(p -> Math.abs((p & 0xff) - 0x80)).max().orElseThrow();
      assertThat(worst).as("%d wide", width).isLessThanOrEqualTo(12);
    }
  }

  @Test
  void aWindowAtFullSizeIsCopiedPixelForPixel() {
    BufferedImage picture = Pictures.detailed(300, 200, 9);

    BufferedImage out = new Pyramid(picture).render(new CropWindow(40, 10, 200, 150), 200, 150);

    assertThat(out.getRGB(0, 0, 200, 150, null, 0, 200)).isEqualTo(picture.getRGB(40, 10, 200, 150, null, 0, 200));
  }
}
