package dev.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRulesTest {

  private static ArticleContent content(String title, String body, List<String> topics, String status) {
    return new ArticleContent(title, null, body, null, "Rabat", topics, status, null, null, null, null);
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class,
        () -> ArticleRules.check(content(" ", null, List.of(), "online")));
    assertThat(invalid.errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("title", "body", "topics", "status");
  }

  @Test
  void topicsAreTrimmedAndDeduplicatedByTheirSlug() {
    CheckedContent checked = ArticleRules.check(
        content("Titre", "Texte", List.of(" Économie ", "économie", "Sport  national"), "draft"));
    assertThat(checked.topics()).extracting(Topic::name).containsExactly("Économie", "Sport national");
    assertThat(checked.topics()).extracting(topic -> topic.slug().value())
        .containsExactly("economie", "sport-national");
  }

  @Test
  void tooManyTopicsAreRefused() {
    List<String> eleven = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class,
        () -> ArticleRules.check(content("Titre", "Texte", eleven, "draft")));
    assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("topics");
  }

  @Test
  void controlCharactersAreRefusedOutsideTheBodysLineBreaks() {
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class,
        () -> ArticleRules.check(content("Titre\u0000caché", "Ligne\nsuivante\u0007", List.of("a"), "draft")));
    assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("title", "body");
    assertThat(ArticleRules.check(content("Titre", "Ligne 1\n\nLigne 2\t.", List.of("a"), "draft")).body())
        .isEqualTo("Ligne 1\n\nLigne 2\t.");
  }

  @Test
  void aTitleOfTwoHundredCharactersIsTheLimit() {
    assertThat(ArticleRules.check(content("é".repeat(200), "x", List.of("a"), "draft")).title()).hasSize(200);
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class,
        () -> ArticleRules.check(content("é".repeat(201), "x", List.of("a"), "draft")));
    assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("title");
  }

  @Test
  void aRequestedSlugMustBeWellFormed() {
    ArticleContent withSlug = new ArticleContent("Titre", null, "x", null, null, List.of("a"),
        "draft", null, "../secret", null, null);
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class, () -> ArticleRules.check(withSlug));
    assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("slug");
  }

  @Test
  void halfACharacterIsRefusedAndWholeOnesAreKept() {
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class,
        () -> ArticleRules.check(content("Titre \ud800 coupé", "Texte.", List.of("a"), "draft")));
    assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("title");
    assertThat(ArticleRules.check(content("Emoji 😀 entier", "Texte.", List.of("a"), "draft")).title())
        .isEqualTo("Emoji 😀 entier");
  }

  @Test
  void datesOutsideFourDigitYearsAreRefused() {
    ArticleContent farAway = new ArticleContent("Titre", null, "Texte.", null, null, List.of("a"),
        "published", "+100000-01-01T00:00:00Z", null, "+1000000000-01-01T00:00:00Z", null);
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class, () -> ArticleRules.check(farAway));
    assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("publishedAt", "publishAt");
  }

  @Test
  void aDateIsAnIsoInstantAndItsMistakeIsListedWithTheOthers() {
    ArticleContent inWords = new ArticleContent(" ", null, "Texte.", null, null, List.of("a"),
        "published", "hier soir", null, "2026-12-01T08:00:00", null);
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class, () -> ArticleRules.check(inWords));
    assertThat(invalid.errors()).containsExactly(
        new FieldError("title", "is required"),
        new FieldError("publishedAt", "must be an ISO-8601 instant such as 2026-11-30T08:00:00Z"),
        new FieldError("publishAt", "must be an ISO-8601 instant such as 2026-11-30T08:00:00Z"));
    ArticleContent dated = new ArticleContent("Titre", null, "Texte.", null, null, List.of("a"),
        "published", "2019-10-19T21:30:00Z", null, null, null);
    assertThat(ArticleRules.check(dated).publishedAt()).isEqualTo(Instant.parse("2019-10-19T21:30:00Z"));
  }

  @Test
  void namesNeedALetterAndNoTextMayReverseItsDirection() {
    InvalidArticle invalid = catchThrowableOfType(InvalidArticle.class, () -> ArticleRules.check(
        content("\u200b\u200b", "Texte \u202e inversé.", List.of("!!!", "Économie"), "draft")));
    assertThat(invalid.errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("title", "body", "topics[0]");
  }

  @Test
  void aBodyKeepsItsLeadingIndentationBecauseMarkdownReadsIt() {
    assertThat(ArticleRules.check(content("Titre", "    code indenté\n", List.of("a"), "draft")).body())
        .isEqualTo("    code indenté");
  }
}
