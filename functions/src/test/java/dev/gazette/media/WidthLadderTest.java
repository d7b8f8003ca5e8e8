package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The ladder never asks for a rendition wider than its crop, and always for one. */
class WidthLadderTest implements WithQuickTheories {
  private final WidthLadder ladder = WidthLadder.STANDARD;

  @Test
  void aLargeCropGetsTheWholeLadder() {
    assertThat(ladder.widthsFor(6000)).containsExactly(320, 640, 960, 1280, 1600, 2048);
    assertThat(ladder.widthsFor(2048)).containsExactly(320, 640, 960, 1280, 1600, 2048);
  }

  @Test
  void widthsPastTheCropAreCappedAtItsWidth() {
    assertThat(ladder.widthsFor(1000)).containsExactly(320, 640, 960, 1000);
    assertThat(ladder.widthsFor(640)).containsExactly(320, 640);
    assertThat(ladder.widthsFor(321)).containsExactly(320, 321);
  }

  @Test
  void aCropNarrowerThanTheFirstRungStillGetsOneRenditionAtItsOwnWidth() {
    assertThat(ladder.widthsFor(200)).containsExactly(200);
    assertThat(ladder.widthsFor(1)).containsExactly(1);
  }

  @Test
  void noWidthIsEverWiderThanTheCropAndTheyRise() {
    qt().forAll(integers().between(1, 10_000)).checkAssert(cropWidth -> {
      List<Integer> widths = ladder.widthsFor(cropWidth);
      assertThat(widths).isNotEmpty().isSorted().doesNotHaveDuplicates().allSatisfy(w -> assertThat(w).isBetween(1, cropWidth));
      assertThat(widths.get(widths.size() - 1)).isEqualTo(Math.min(cropWidth, 2048));
    });
  }

  @Test
  void aLadderIsPositiveAndRising() {
    assertThatThrownBy(() -> new WidthLadder(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WidthLadder(List.of(640, 320))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WidthLadder(List.of(0, 320))).isInstanceOf(IllegalArgumentException.class);
  }
}
