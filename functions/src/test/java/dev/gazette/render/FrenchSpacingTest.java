package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** The spaces of French typography, and the places they never go. */
class FrenchSpacingTest implements WithQuickTheories {

  private static final String N = "\u202F";
  private static final String B = "\u00A0";

  private static String spaced(String text) {
    return FrenchSpacing.apply(text);
  }

  /** The body's HTML, as a French page renders it. */
  private static String body(String markdown) {
    return new MarkdownRenderer().render(markdown, Map.of(), true).html().toString();
  }

  @Test
  void aTypedSpaceBeforeSemicolonExclamationAndQuestionMarkBecomesANarrowNoBreakSpace() {
    assertThat(spaced("Il pleut ; il vente ! Viendra-t-il ?"))
        .isEqualTo("Il pleut" + N + "; il vente" + N + "! Viendra-t-il" + N + "?");
  }

  @Test
  void aNarrowNoBreakSpaceIsAddedBeforeThoseMarksWhereTheEditorTypedNone() {
    assertThat(spaced("Il pleut; il vente! Viendra-t-il?"))
        .isEqualTo("Il pleut" + N + "; il vente" + N + "! Viendra-t-il" + N + "?");
    assertThat(spaced("Vraiment?!")).isEqualTo("Vraiment" + N + "?!");
    assertThat(spaced("(vraiment?)")).isEqualTo("(vraiment" + N + "?)");
    assertThat(spaced("Et alors…?")).isEqualTo("Et alors…" + N + "?");
  }

  @Test
  void aTypedSpaceBeforeAColonBecomesAnOrdinaryNoBreakSpaceButNoneIsAdded() {
    assertThat(spaced("Le maire : « Non »")).startsWith("Le maire" + B + ":");
    assertThat(spaced("Résultat: nul")).isEqualTo("Résultat: nul");
    assertThat(spaced("Le maire\u202F: oui")).isEqualTo("Le maire" + B + ": oui");
  }

  @Test
  void guillemetsHoldTheirTextWithOrdinaryNoBreakSpaces() {
    assertThat(spaced("Il a dit « bonjour » puis")).isEqualTo("Il a dit «" + B + "bonjour" + B + "» puis");
    assertThat(spaced("Il a dit «bonjour» puis")).isEqualTo("Il a dit «" + B + "bonjour" + B + "» puis");
    assertThat(spaced("«  Oui   »")).isEqualTo("«" + B + "Oui" + B + "»");
    assertThat(spaced("« Quoi ? »")).isEqualTo("«" + B + "Quoi" + N + "?" + B + "»");
  }

  @Test
  void severalSpacesBeforeAMarkBecomeOneSoThatNoLineCanBreakBeforeIt() {
    assertThat(spaced("Non  !")).isEqualTo("Non" + N + "!");
  }

  @Test
  void timesUrlsAndSmileysAreLeftAsTyped() {
    for (String text : new String[] {"à 23:30 précises", "https://example.org/page?q=1&r=2",
        "voir https://example.org/?", "voir www.example.org/recherche?", "écrire à mailto:a@b.fr?",
        "http://exemple.fr", "super ;)", "bof :)", "ratio 3:2", "Yahoo!Mail", "a;b", "x?y",
        "C’est dit ;-)", "“quoi”"}) {
      assertThat(spaced(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void textWithoutMarksIsReturnedAsItIs() {
    String text = "Une phrase sans ponctuation forte";
    assertThat(spaced(text)).isSameAs(text);
    assertThat(FrenchSpacing.apply(null)).isNull();
  }

  @Test
  void onlyFrenchTakesTheRules() {
    assertThat(FrenchSpacing.appliesTo("fr")).isTrue();
    assertThat(FrenchSpacing.appliesTo("fr-CA")).isTrue();
    assertThat(FrenchSpacing.appliesTo("en")).isFalse();
    assertThat(FrenchSpacing.appliesTo("fry")).isFalse();
    assertThat(FrenchSpacing.appliesTo(null)).isFalse();
  }

  @Test
  void theBodysTextIsSpacedAcrossEmphasisAndLinks() {
    assertThat(body("C’est *vrai*? Il a dit «*oui*» et [voilà](https://example.org/a?b) !"))
        .isEqualTo("<p>C’est <em>vrai</em>" + N + "? Il a dit «" + B + "<em>oui</em>" + B + "» et "
            + "<a href=\"https://example.org/a?b\" rel=\"noopener noreferrer\">voilà</a>"
            + N + "!</p>\n");
  }

  @Test
  void codeSpansCodeBlocksLinkTargetsAndAutolinksAreNeverSpaced() {
    assertThat(body("Tapez `a ? b : c;` puis\n\n```\nx ? y : z;\nif (!a) { b; }\n```\n"))
        .contains("<code>a ? b : c;</code>").contains("x ? y : z;\nif (!a) { b; }");
    assertThat(body("Lien <https://example.org/?q=a;b> et [texte](https://example.org/x \"Titre ?\")"))
        .contains("href=\"https://example.org/?q&#61;a;b\"").contains(">https://example.org/?q&#61;a;b</a>")
        .contains("title=\"Titre ?\"");
  }

  @Test
  void theStoredBodyIsNotWhatChanges() {
    String markdown = "Pourquoi ?";
    MarkdownRenderer renderer = new MarkdownRenderer();
    assertThat(renderer.render(markdown, Map.of(), false).html().toString()).isEqualTo("<p>Pourquoi ?</p>\n");
    assertThat(renderer.render(markdown, Map.of(), true).text()).contains("Pourquoi" + N + "?");
  }

  @Test
  void spacingTwiceIsSpacingOnce() {
    qt().withExamples(20000).forAll(texts()).checkAssert(text ->
        assertThat(spaced(spaced(text))).as(text).isEqualTo(spaced(text)));
  }

  @Test
  void spacingChangesOnlySpacesAndNeverLeavesABreakableSpaceBeforeAMark() {
    qt().withExamples(20000).forAll(texts()).checkAssert(text -> {
      String result = spaced(text);
      assertThat(withoutSpaces(result)).as(text).isEqualTo(withoutSpaces(text));
      assertThat(BREAKABLE_BEFORE_MARK.matcher(result).find()).as("%s -> %s", text, result).isFalse();
      assertThat(BREAKABLE_AFTER_GUILLEMET.matcher(result).find()).as("%s -> %s", text, result).isFalse();
    });
  }

  /** A space a line may break at, between a word and a mark ending a phrase (not a smiley). */
  private static final Pattern BREAKABLE_BEFORE_MARK =
      Pattern.compile("[^ \t\u00a0\u202f][ \t]+(?:[!?»]|;(?!\\)))(?=$|[ \t\u00a0\u202f!?;:»)…’.])");
  private static final Pattern BREAKABLE_AFTER_GUILLEMET = Pattern.compile("«[ \t]+[^ \t\u00a0\u202f»]");

  private static String withoutSpaces(String text) {
    return text.replace(" ", "").replace("\t", "").replace(B, "").replace(N, "");
  }

  /** Words, spaces of every kind, the marks, URLs and times in any order. */
  private Gen<String> texts() {
    Gen<String> pieces = arbitrary().pick(" ", "  ", "\t", B, N, "mot", "Été", "3", ";", ":", "!",
        "?", "«", "»", ")", "(", "…", "’", "https://ex.fr/?a=b", "23:30", ";)", "www.x.fr", "-", ".");
    return lists().of(pieces).ofSizeBetween(0, 30).map(list -> String.join("", list));
  }
}
