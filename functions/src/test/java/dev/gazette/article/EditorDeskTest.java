package dev.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EditorDeskTest {
  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
  private final InMemoryArticleStore store = new InMemoryArticleStore();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final EditorDesk desk = new EditorDesk(store, new ArticleIds(clock), clock, Locale.FRENCH, PictureLibrary.EMPTY);
  private final Editor editor = new Editor("u-1", "Nadia Belkacem");

  private static ArticleContent content(String title, String status) {
    return new ArticleContent(title, null, "Le corps de l’article.", null, "Rabat",
        List.of("Diplomatie"), status, null, null, null, null);
  }

  private static ArticleContent withSlug(String title, String slug) {
    return new ArticleContent(title, null, "Le corps de l’article.", null, "Rabat",
        List.of("Diplomatie"), "published", null, slug, null, null);
  }

  @Test
  void aNewArticleGetsItsSlugFromTheTitleAndTheEditorAsAuthor() {
    Article article = desk.create(content("La visite à l’OTAN", "published"), editor);
    assertThat(article.slug().value()).isEqualTo("la-visite-a-l-otan");
    assertThat(article.author()).isEqualTo("Nadia Belkacem");
    assertThat(article.version()).isEqualTo(1);
    assertThat(article.publishedAt()).isEqualTo(NOW);
    assertThat(ArticleIds.isWellFormed(article.id())).isTrue();
  }

  @Test
  void aNewArticleIsWrittenInTheLanguageTheDeskWasGiven() {
    EditorDesk english = new EditorDesk(store, new ArticleIds(clock), clock, Locale.forLanguageTag("en-GB"), PictureLibrary.EMPTY);
    assertThat(english.create(content("Budget day", "draft"), editor).language()).isEqualTo("en-GB");
    assertThat(desk.create(content("Jour du budget", "draft"), editor).language()).isEqualTo("fr");
  }

  @Test
  void sameTitleTwiceGetsANumberedSlug() {
    desk.create(content("Budget 2027", "draft"), editor);
    Article second = desk.create(content("Budget 2027", "draft"), editor);
    assertThat(second.slug().value()).isEqualTo("budget-2027-2");
  }

  @Test
  void aRequestedSlugThatIsTakenIsAConflict() {
    desk.create(content("Budget 2027", "draft"), editor);
    ArticleContent asking = new ArticleContent("Autre", null, "x", null, null, List.of("a"),
        "draft", null, "budget-2027", null, null);
    assertThatThrownBy(() -> desk.create(asking, editor)).isInstanceOf(SlugTaken.class);
  }

  @Test
  void replacingKeepsSlugFirstPublicationAndCountsVersions() {
    Article first = desk.create(content("Premier titre", "published"), editor);
    Article second = desk.replace(first.id(), 1, content("Nouveau titre", "published"), editor);
    assertThat(second.slug()).isEqualTo(first.slug());
    assertThat(second.publishedAt()).isEqualTo(first.publishedAt());
    assertThat(second.version()).isEqualTo(2);
    assertThat(store.find(first.id())).contains(second);
  }

  @Test
  void replacingFromAStaleVersionChangesNothing() {
    Article first = desk.create(content("Premier titre", "draft"), editor);
    desk.replace(first.id(), 1, content("Deuxième", "draft"), editor);
    assertThatThrownBy(() -> desk.replace(first.id(), 1, content("Troisième", "draft"), editor))
        .isInstanceOf(VersionConflict.class);
    assertThat(store.find(first.id()).orElseThrow().title()).isEqualTo("Deuxième");
  }

  @Test
  void deletingNeedsTheCurrentVersionAndFreesTheSlug() {
    Article article = desk.create(content("Éphémère", "published"), editor);
    assertThatThrownBy(() -> desk.delete(article.id(), 7)).isInstanceOf(VersionConflict.class);
    desk.delete(article.id(), 1);
    assertThat(store.find(article.id())).isEmpty();
    assertThat(store.idBySlug(article.slug())).isEmpty();
  }

  @Test
  void aRenamedArticleKeepsItsFormerSlugsUntilItIsDeletedThenANewArticleMayTakeThem() {
    Article first = desk.create(content("Premier titre", "published"), editor);
    Article renamed = desk.replace(first.id(), 1, withSlug("Premier titre", "nouveau-titre"), editor);
    Article again = desk.replace(first.id(), 2, withSlug("Premier titre", "dernier-titre"), editor);
    assertThat(again.formerSlugs()).containsExactlyInAnyOrder(first.slug(), renamed.slug());
    assertThat(store.idBySlug(first.slug())).contains(first.id());
    assertThat(store.idBySlug(renamed.slug())).contains(first.id());
    assertThatThrownBy(() -> desk.create(withSlug("Autre", "nouveau-titre"), editor))
        .isInstanceOf(SlugTaken.class);

    desk.delete(first.id(), 3);
    assertThat(store.idBySlug(first.slug())).isEmpty();
    assertThat(store.idBySlug(renamed.slug())).isEmpty();
    assertThat(store.idBySlug(again.slug())).isEmpty();
    assertThat(desk.create(content("Premier titre", "draft"), editor).slug()).isEqualTo(first.slug());
    assertThat(desk.create(withSlug("Autre", "nouveau-titre"), editor).slug()).isEqualTo(renamed.slug());
  }

  @Test
  void goingBackToAFormerSlugMakesItCurrentAgain() {
    Article first = desk.create(content("Premier titre", "draft"), editor);
    desk.replace(first.id(), 1, withSlug("Premier titre", "autre-titre"), editor);
    Article back = desk.replace(first.id(), 2, withSlug("Premier titre", first.slug().value()), editor);
    assertThat(back.slug()).isEqualTo(first.slug());
    assertThat(back.formerSlugs()).containsExactly(new Slug("autre-titre"));
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() {
    assertThatThrownBy(() -> desk.get("01jabcdefghjkmnpqrstvwxyz0")).isInstanceOf(ArticleNotFound.class);
    assertThatThrownBy(() -> desk.get("../../etc")).isInstanceOf(ArticleNotFound.class);
  }

  @Test
  void publishAndUnpublishNeedTheCurrentVersionAndKeepTheFirstPublicationDate() {
    Article draft = desk.create(content("Une enquête", "draft"), editor);
    assertThatThrownBy(() -> desk.publish(draft.id(), 2)).isInstanceOf(VersionConflict.class);
    Article published = desk.publish(draft.id(), 1);
    assertThat(published.status()).isEqualTo(Status.PUBLISHED);
    assertThat(published.publishedAt()).isEqualTo(NOW);
    Article unpublished = desk.unpublish(draft.id(), 2);
    assertThat(unpublished.status()).isEqualTo(Status.DRAFT);
    assertThat(desk.publish(draft.id(), 3).publishedAt()).isEqualTo(NOW);
  }

  @Test
  void signingWithAnotherNameNeedsTheRightToActForOthers() {
    ArticleContent signed = new ArticleContent("Tribune", null, "Texte.", "Une autre plume", null,
        List.of("Société"), "draft", null, null, null, null);
    assertThatThrownBy(() -> desk.create(signed, editor)).isInstanceOf(NotAllowed.class);
    Article byChief = desk.create(signed, new Editor("chef", "Chef", true));
    assertThat(byChief.author()).isEqualTo("Une autre plume");
    // Another editor's edit keeps the byline it does not name.
    Article edited = desk.replace(byChief.id(), 1, content("Tribune revue", "draft"), editor);
    assertThat(edited.author()).isEqualTo("Une autre plume");
  }

  @Test
  void aBodyLongerThanAnItemCanHoldIsTooLarge() {
    ArticleContent huge = new ArticleContent("Trop long", null, "x".repeat(ArticleRules.MAX_BODY + 1),
        null, null, List.of("Société"), "draft", null, null, null, null);
    assertThatThrownBy(() -> desk.create(huge, editor)).isInstanceOf(ContentTooLarge.class);
  }

  @Test
  void aTokenNameThatCannotBeABylineIsRefused() {
    Editor odd = new Editor("u-2", "Nom\u0007avec\u0000contrôle");
    assertThatThrownBy(() -> desk.create(content("Titre", "draft"), odd)).isInstanceOf(InvalidArticle.class);
    Editor verbose = new Editor("u-3", "n".repeat(5_000));
    assertThatThrownBy(() -> desk.create(content("Titre", "draft"), verbose)).isInstanceOf(InvalidArticle.class);
  }
}
