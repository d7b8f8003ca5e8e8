package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** For any picture and any focal point, each crop is the largest window of its ratio around the point. */
class CropWindowPropertiesTest implements WithQuickTheories {

  @Test
  void everyCropFitsHasItsRatioToAPixelAndContainsTheFocalPoint() {
    qt().withExamples(3000).forAll(integers().between(16, 12_000), integers().between(16, 12_000),
        doubles().between(0, 1), doubles().between(0, 1)).checkAssert((width, height, fx, fy) -> {
          FocalPoint focus = new FocalPoint(fx, fy);
          for (Crop crop : Crop.values()) {
            CropWindow window = CropWindow.of(crop, width, height, focus);
            String what = crop + " of " + width + "×" + height + " around " + focus + ": " + window;
            assertThat(window.x()).as(what).isBetween(0, width - window.width());
            assertThat(window.y()).as(what).isBetween(0, height - window.height());
            assertThat(window.width() == width || window.height() == height).as(what + " is the largest").isTrue();
            assertThat(Math.abs(window.height() - crop.heightAt(window.width()))).as(what).isLessThanOrEqualTo(1);
            assertThat(window.contains(focus.x() * width, focus.y() * height)).as(what).isTrue();
          }
        });
  }

  @Test
  void theFocalPointIsCentredUnlessAnEdgeStopsTheWindow() {
    qt().withExamples(3000).forAll(integers().between(16, 12_000), integers().between(16, 12_000),
        doubles().between(0, 1)).checkAssert((width, height, fx) -> {
          FocalPoint focus = new FocalPoint(fx, 0.5);
          CropWindow window = CropWindow.of(Crop.SQUARE, width, height, focus);
          boolean atAnEdge = window.x() == 0 || window.x() == width - window.width();
          double offCentre = Math.abs(window.x() + window.width() / 2.0 - focus.x() * width);
          assertThat(atAnEdge || offCentre <= 1).as(window + " in " + width + "×" + height + " for " + focus).isTrue();
        });
  }

  @Test
  void aCropOfThePicturesOwnRatioIsAllOfIt() {
    assertThat(CropWindow.of(Crop.WIDE, 1920, 1080, new FocalPoint(0.9, 0.1))).isEqualTo(new CropWindow(0, 0, 1920, 1080));
    assertThat(CropWindow.of(Crop.SQUARE, 600, 600, FocalPoint.CENTER)).isEqualTo(new CropWindow(0, 0, 600, 600));
    assertThat(CropWindow.of(Crop.SQUARE, 1600, 900, new FocalPoint(0.25, 0.5))).isEqualTo(new CropWindow(0, 0, 900, 900));
    assertThat(CropWindow.of(Crop.SQUARE, 1600, 900, new FocalPoint(0.5, 0.5))).isEqualTo(new CropWindow(350, 0, 900, 900));
    assertThat(CropWindow.of(Crop.STANDARD, 900, 1600, new FocalPoint(0.5, 1))).isEqualTo(new CropWindow(0, 925, 900, 675));
  }

  @Test
  void cropKeysAreStable() {
    assertThat(Crop.WIDE.key()).isEqualTo("16x9");
    assertThat(Crop.STANDARD.key()).isEqualTo("4x3");
    assertThat(Crop.SQUARE.key()).isEqualTo("1x1");
  }
}
