package dev.gazette.publish.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTextTest {

  @Test
  void typographicAndStraightApostrophesGiveTheSameTerm() {
    assertThat(FrenchText.terms("l’OTAN")).isEqualTo(FrenchText.terms("L'Otan"))
        .containsExactly("otan");
  }

  @Test
  void elisionsAreRemovedFromPlaceNames() {
    // The light stemmer cuts a final "r" ("agadi"); what matters is that both forms meet.
    assertThat(FrenchText.terms("d’Agadir")).isEqualTo(FrenchText.terms("Agadir")).hasSize(1);
    assertThat(FrenchText.terms("jusqu’à Tanger, lorsqu’il pleut"))
        .isEqualTo(FrenchText.terms("à Tanger il pleut")).hasSize(2);
  }

  @Test
  void accentsFold() {
    assertThat(FrenchText.terms("économie")).isEqualTo(FrenchText.terms("economie")).hasSize(1);
    assertThat(FrenchText.terms("Économie")).isEqualTo(FrenchText.terms("économie"));
  }

  @Test
  void pluralAndSingularShareAStem() {
    assertThat(FrenchText.terms("ports")).isEqualTo(FrenchText.terms("port")).hasSize(1);
    assertThat(FrenchText.terms("négociations")).isEqualTo(FrenchText.terms("négociation"))
        .hasSize(1);
  }

  @Test
  void stopWordsDisappear() {
    assertThat(FrenchText.terms("le port de Tanger et pour"))
        .isEqualTo(FrenchText.terms("port Tanger")).hasSize(2);
  }

  @Test
  void numbersAndSingleLettersAreNotTerms() {
    assertThat(FrenchText.terms("3 000 familles en 2024, 4,5 % y compris"))
        .isEqualTo(FrenchText.terms("familles compris")).hasSize(2);
  }

  @Test
  void markdownSyntaxAndLinkTargetsAreNotTerms() {
    assertThat(FrenchText.terms(
        "## Le **barrage** et [le rapport](https://example.org/eau-potable) > `code`"))
        .isEqualTo(FrenchText.terms("barrage rapport code")).hasSize(3);
  }

  @Test
  void emptyOrMissingTextHasNoTerms() {
    assertThat(FrenchText.terms(null)).isEmpty();
    assertThat(FrenchText.terms("  ")).isEmpty();
  }
}
