package dev.gazette.publish.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextSignatureTest {

  private static final String TITLE = "À Agadir, la station de dessalement entre en service";
  private static final String SUMMARY = "L’usine fournit ses premiers mètres cubes d’eau.";
  private static final String LONG_BODY = "Les travaux ont mobilisé des ingénieurs, "
      + "des soudeurs, des grutiers, des plongeurs, des électriciens, des géomètres, "
      + "des chimistes, des hydrologues, des chauffeurs, des cuisiniers, des gardiens, "
      + "des comptables, des juristes, des architectes, des peintres, des menuisiers, "
      + "des topographes, des mécaniciens, des informaticiens, des infirmiers, "
      + "des traducteurs, des photographes et des secrétaires.";

  @Test
  void aSignatureKeepsAtMostTwentyFourTerms() {
    assertThat(FrenchText.terms(TITLE + " " + SUMMARY + " " + LONG_BODY).stream().distinct().count())
        .isGreaterThan(TextSignature.MAX_TERMS);
    assertThat(TextSignature.of(TITLE, SUMMARY, LONG_BODY).weights())
        .hasSize(TextSignature.MAX_TERMS);
  }

  @Test
  void theTitleOutweighsTheSummaryWhichOutweighsTheBody() {
    TextSignature signature = TextSignature.of("Agadir", "dessalement", "tomates");
    assertThat(signature.weight(FrenchText.terms("Agadir").get(0)))
        .isGreaterThan(signature.weight(FrenchText.terms("dessalement").get(0)));
    assertThat(signature.weight(FrenchText.terms("dessalement").get(0)))
        .isGreaterThan(signature.weight(FrenchText.terms("tomates").get(0)));
  }

  @Test
  void aWordRepeatedInTheBodyDoesNotOutweighATitleWord() {
    TextSignature signature = TextSignature.of("Agadir", null, "tomates ".repeat(5));
    assertThat(signature.weight(FrenchText.terms("Agadir").get(0)))
        .isGreaterThan(signature.weight(FrenchText.terms("tomates").get(0)));
  }

  @Test
  void titleTermsSurviveTheCut() {
    TextSignature signature = TextSignature.of(TITLE, SUMMARY, LONG_BODY);
    assertThat(signature.weights()).containsKeys(FrenchText.terms(TITLE).toArray(String[]::new));
  }

  @Test
  void amongEquallyWeightedTermsTheFirstInAlphabeticalOrderAreKept() {
    List<String> terms = FrenchText.terms(LONG_BODY).stream().distinct().sorted().toList();
    TextSignature signature = TextSignature.of("", null, LONG_BODY);
    assertThat(signature.weights().keySet())
        .containsExactlyElementsOf(terms.subList(0, TextSignature.MAX_TERMS));
    assertThat(TextSignature.of("", null, LONG_BODY)).isEqualTo(signature);
  }

  @Test
  void aSignatureHasUnitLength() {
    TextSignature signature = TextSignature.of(TITLE, SUMMARY, LONG_BODY);
    double squares = signature.weights().values().stream().mapToDouble(w -> w * w).sum();
    assertThat(Math.sqrt(squares)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void aSignatureRoundTripsThroughItsWeights() {
    TextSignature signature = TextSignature.of(TITLE, SUMMARY, LONG_BODY);
    Map<String, Float> stored = new HashMap<>(signature.weights());
    assertThat(new TextSignature(stored)).isEqualTo(signature);
  }

  @Test
  void anArticleWithoutWordsHasAnEmptySignature() {
    assertThat(TextSignature.of("2025", null, null).isEmpty()).isTrue();
  }

  @Test
  void aStoredMapThatIsTooLargeOrNotPositiveIsRefused() {
    Map<String, Float> tooMany = new HashMap<>();
    for (int i = 0; i <= TextSignature.MAX_TERMS; i++) {
      tooMany.put("terme" + (char) ('a' + i), 0.1f);
    }
    assertThatThrownBy(() -> new TextSignature(tooMany))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextSignature(Map.of("port", -0.5f)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
