package dev.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** Slugs hold for any title: URL-safe, short, stable, and unique when numbered on a clash. */
class SlugPropertiesTest implements WithQuickTheories {
  private static final Pattern URL_SAFE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Test
  void aSlugFromAnyTitleIsUrlSafeAndAtMostEightyCharacters() {
    qt().withExamples(3000).forAll(titles()).checkAssert(title ->
        assertThat(Slug.fromTitle(title).value()).matches(URL_SAFE)
            .hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH));
  }

  @Test
  void theSameTitleGivesTheSameSlugAndASlugIsItsOwnSlug() {
    qt().withExamples(3000).forAll(titles()).checkAssert(title -> {
      Slug slug = Slug.fromTitle(title);
      assertThat(Slug.fromTitle(title)).isEqualTo(slug);
      assertThat(Slug.fromTitle(slug.value())).isEqualTo(slug);
      assertThat(Slug.parse(slug.value())).contains(slug);
    });
  }

  @Test
  void numberedSlugsDifferFromTheClashingSlugAndFromEachOtherAndStayValid() {
    qt().withExamples(1000).forAll(titles(), integers().between(2, 60)).checkAssert((title, clashes) -> {
      Slug base = Slug.fromTitle(title);
      Set<Slug> numbered = new HashSet<>();
      for (int n = 2; n <= clashes; n++) {
        Slug next = base.numbered(n);
        assertThat(next.value()).as("%s numbered %d", base, n)
            .matches(URL_SAFE).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(next).as("%s numbered %d", base, n).isNotEqualTo(base);
        assertThat(numbered.add(next)).as("%s numbered %d gives %s twice", base, n, next).isTrue();
      }
    });
  }

  @Test
  void aFullLengthSlugEndingInItsOwnNumberStillChanges() {
    Slug full = new Slug("a".repeat(77) + "-10");
    assertThat(full.numbered(10)).isNotEqualTo(full);
  }

  private Gen<String> titles() {
    return strings().allPossible().ofLengthBetween(0, 300)
        .mix(frenchHeadlines(), 50)
        .mix(nearTheLimit(), 30)
        .mix(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 120), 20);
  }

  /** Words with accents, ligatures, elisions, French punctuation and Unicode look-alikes. */
  private Gen<String> frenchHeadlines() {
    Gen<String> word = arbitrary().pick(List.of("l’OTAN", "d'un", "Été", "à", "Fès", "œuvre", "Œil",
        "ÆGIS", "Straße", "3 000", "«", "»", "…", "—", "!", "?", "-", "--", "İstanbul", "ﬁnance", "Ⅻ",
        "①", "ｐｌｅｉｎｅ", "ǅ", "ℌ", "\u0301", "\u200b", "\u0000", "\t", "العربية", "中文", "🙂", "x²", "n°5"));
    Gen<String> glue = arbitrary().pick(List.of(" ", "", "  ", "-", " : ", "\n", "’"));
    return lists().of(word.zip(glue, (w, g) -> w + g)).ofSizeBetween(1, 40)
        .map(parts -> String.join("", parts));
  }

  /** Titles whose slug ends near 80 characters, where cutting and numbering meet. */
  private Gen<String> nearTheLimit() {
    return strings().betweenCodePoints('a', 'f').ofLengthBetween(70, 90)
        .zip(integers().between(0, 99), (head, n) -> head + " " + n);
  }
}
