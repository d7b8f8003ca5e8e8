package dev.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugTest {

  @Test
  void elisionsAreSplitAndAccentsFolded() {
    assertThat(Slug.fromTitle("Le Maroc renforce son partenariat avec l’OTAN").value())
        .isEqualTo("le-maroc-renforce-son-partenariat-avec-l-otan");
    assertThat(Slug.fromTitle("Été à Fès : l'œuvre d’un artisan").value())
        .isEqualTo("ete-a-fes-l-oeuvre-d-un-artisan");
  }

  @Test
  void punctuationAndGuillemetsDisappear() {
    assertThat(Slug.fromTitle("« Urgence » : 3 000 familles… relogées !").value())
        .isEqualTo("urgence-3-000-familles-relogees");
  }

  @Test
  void longTitlesAreCutAtAWordWithinTheLimit() {
    String title = "Un titre très long ".repeat(10);
    Slug slug = Slug.fromTitle(title);
    assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-")
        .startsWith("un-titre-tres-long");
  }

  @Test
  void aTitleWithoutLettersStillGetsASlug() {
    assertThat(Slug.fromTitle("!!! ???").value()).isEqualTo("article");
    assertThat(Slug.fromTitle("مرحبا").value()).isEqualTo("article");
  }

  @Test
  void numberedSlugsStayWithinTheLimit() {
    Slug slug = Slug.fromTitle("mot ".repeat(40));
    assertThat(slug.numbered(12).value()).endsWith("-12").hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
    assertThat(new Slug("budget").numbered(2).value()).isEqualTo("budget-2");
  }

  @Test
  void onlyWellFormedSlugsParse() {
    assertThat(Slug.parse("le-budget-2027")).isPresent();
    assertThat(Slug.parse("../etc/passwd")).isEmpty();
    assertThat(Slug.parse("Majuscule")).isEmpty();
    assertThat(Slug.parse("double--tiret")).isEmpty();
    assertThat(Slug.parse("")).isEmpty();
    assertThatThrownBy(() -> new Slug("a/b")).isInstanceOf(IllegalArgumentException.class);
  }
}
