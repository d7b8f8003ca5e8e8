package dev.gazette.importer.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyPicturesTest {

  @Test
  void aBodyPictureIsShownFromTheLibraryWithItsAltAndCaption() {
    String body = "Avant.\n\n![Le quai](</wp-content/uploads/quai.jpg> \"Le quai au matin\")\n\nAprès ![x](/autre.jpg).";
    assertThat(ArchiveImporter.rewrite(body, "/wp-content/uploads/quai.jpg", "01abc"))
        .isEqualTo("Avant.\n\n![Le quai](media:01abc \"Le quai au matin\")\n\nAprès ![x](/autre.jpg).");
  }

  @Test
  void aMissingBodyPictureIsLeftOut() {
    assertThat(ArchiveImporter.rewrite("Avant. ![Le quai](/up/quai.jpg) Après.", "/up/quai.jpg", null))
        .isEqualTo("Avant.  Après.");
  }
}
