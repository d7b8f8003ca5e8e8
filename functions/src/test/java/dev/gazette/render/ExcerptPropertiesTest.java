package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Excerpts collapse spaces by hand, reading no further than they keep: they must still give
 * exactly what collapsing the whole text with a regex gave, so no description or teaser changes.
 */
class ExcerptPropertiesTest implements WithQuickTheories {

  /** The excerpt as it was first written: the regex over the whole text. */
  private static String byRegex(String text, int maxChars) {
    String tidy = text.strip().replaceAll("\\s+", " ");
    if (tidy.length() <= maxChars) {
      return tidy;
    }
    int limit = maxChars - 1;
    int lastSpace = tidy.lastIndexOf(' ', limit);
    String cut = lastSpace > 0 ? tidy.substring(0, lastSpace) : tidy.substring(0, limit);
    int end = cut.length();
    while (end > 0 && " \u00a0\u202f,;:-–—".indexOf(cut.charAt(end - 1)) >= 0) {
      end--;
    }
    return cut.substring(0, end) + "…";
  }

  @Test
  void anyTextGivesTheExcerptTheRegexGave() {
    qt().withExamples(20000).forAll(texts(), integers().between(2, 60)).checkAssert((text, max) ->
        assertThat(Excerpt.of(text, max)).as("%s / %d", text, max).isEqualTo(byRegex(text, max)));
  }

  @Test
  void textsAsLongAsTheLimitOrOneMoreAreCutOnlyWhenLonger() {
    assertThat(Excerpt.of("abcd efgh", 9)).isEqualTo("abcd efgh");
    assertThat(Excerpt.of("abcd  efgh ", 9)).isEqualTo("abcd efgh");
    assertThat(Excerpt.of("abcd efghi", 9)).isEqualTo("abcd…");
    assertThat(Excerpt.of("abcd efgh\u00a0", 9)).isEqualTo("abcd…");
    assertThat(Excerpt.of(null, 9)).isEmpty();
  }

  /** Words of a few letters between runs of every kind of space and the punctuation cuts strip. */
  private Gen<String> texts() {
    Gen<String> pieces = arbitrary().pick(" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0",
        "\u2003", "\u001c", "a", "mot", "élan", "x".repeat(25), ",", ";", ":", "-", "–", "—", "…",
        "😀", "\ud83d");
    return lists().of(pieces).ofSizeBetween(0, 40).map(list -> String.join("", list));
  }
}
