package dev.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RevisionsAndCorrectionsTest {
  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private final InMemoryArticleStore store = new InMemoryArticleStore();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final EditorDesk desk = new EditorDesk(store, new ArticleIds(clock), clock, Locale.FRENCH, PictureLibrary.EMPTY);
  private final Editor camille = new Editor("camille", "Camille Roux", true);
  private final Editor sam = new Editor("sam", "Sam Diallo");

  private static ArticleContent content(String title, String status, List<ArticleContent.Correction> corrections) {
    return new ArticleContent(title, null, "Le texte.", null, "Rabat", List.of("Économie"), status, null, null, null,
        null, corrections);
  }

  private static ArticleContent.Correction note(String at, String kind, String text) {
    return new ArticleContent.Correction(at, kind, text);
  }

  @Test
  void everySaveKeepsARevisionSignedByItsEditorAndSayingWhatChanged() {
    Article created = desk.create(content("Budget", "draft", null), camille);
    Article retitled = desk.replace(created.id(), 1, content("Budget voté", "draft", null), sam);
    desk.publish(created.id(), 2, camille, Receipt.none());
    desk.unpublish(created.id(), 3, sam, Receipt.none());

    assertThat(desk.revisions(created.id(), 10, null).revisions())
        .extracting(Revision::version, Revision::summary, revision -> revision.by().subject())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4L, "Dépublié", "sam"),
            org.assertj.core.groups.Tuple.tuple(3L, "Publié", "camille"),
            org.assertj.core.groups.Tuple.tuple(2L, "Titre modifié", "sam"),
            org.assertj.core.groups.Tuple.tuple(1L, "Créé", "camille"));
    assertThat(desk.revision(created.id(), 2)).isEqualTo(retitled);
  }

  @Test
  void revisionsPageNewestFirstWithACursor() {
    Article article = desk.create(content("Version 1", "draft", null), camille);
    for (int version = 1; version < 5; version++) {
      desk.replace(article.id(), version, content("Version " + (version + 1), "draft", null), camille);
    }
    RevisionPage first = desk.revisions(article.id(), 2, null);
    RevisionPage second = desk.revisions(article.id(), 2, first.nextCursor());
    RevisionPage last = desk.revisions(article.id(), 2, second.nextCursor());

    assertThat(first.revisions()).extracting(Revision::version).containsExactly(5L, 4L);
    assertThat(second.revisions()).extracting(Revision::version).containsExactly(3L, 2L);
    assertThat(last.revisions()).extracting(Revision::version).containsExactly(1L);
    assertThat(last.nextCursor()).isNull();
  }

  @Test
  void aRestoreBringsTheOldContentBackAsANewVersionAndKeepsStatusAndCorrections() {
    Article article = desk.create(content("Le titre d’origine", "published", null), camille);
    desk.replace(article.id(), 1, content("Un autre titre", "published",
        List.of(note(null, "correction", "Une date corrigée."))), sam);

    Article restored = desk.restore(article.id(), 2, 1, camille, Receipt.none());

    assertThat(restored.version()).isEqualTo(3);
    assertThat(restored.title()).isEqualTo("Le titre d’origine");
    assertThat(restored.status()).isEqualTo(Status.PUBLISHED);
    assertThat(restored.corrections()).extracting(Correction::text).containsExactly("Une date corrigée.");
    assertThat(restored.savedBy()).isEqualTo(new SavedBy("camille", "Camille Roux"));
    assertThat(desk.revisions(article.id(), 1, null).revisions().get(0).summary()).isEqualTo("Titre modifié");
    assertThatThrownBy(() -> desk.restore(article.id(), 2, 1, camille, Receipt.none()))
        .isInstanceOf(VersionConflict.class);
    assertThatThrownBy(() -> desk.restore(article.id(), 3, 9, camille, Receipt.none()))
        .isInstanceOf(RevisionNotFound.class);
  }

  @Test
  void theScheduleSignsWhatItPublishes() {
    Clock later = Clock.fixed(NOW.plusSeconds(7200), ZoneOffset.UTC);
    ArticleContent planned = new ArticleContent("Prévu", null, "Le texte.", null, null, List.of("Économie"),
        "published", null, null, NOW.plusSeconds(3600).toString(), null);
    Article article = desk.create(planned, camille);

    assertThat(new ScheduledPublishing(store, later).publishDue(10)).isEqualTo(1);

    Revision published = desk.revisions(article.id(), 1, null).revisions().get(0);
    assertThat(published.by()).isEqualTo(SavedBy.SCHEDULE);
    assertThat(published.summary()).isEqualTo("Publié");
  }

  @Test
  void aPublishedArticlesCorrectionsOnlyGrowAndNewOnesAreStampedNow() {
    Article article = desk.create(content("Budget", "published", null), camille);
    Article corrected = desk.replace(article.id(), 1, content("Budget", "published",
        List.of(note(null, "correction", "Le vote a eu lieu mardi."))), camille);
    Correction first = corrected.corrections().get(0);
    assertThat(first.at()).isEqualTo(NOW);
    assertThat(corrected.revisedAt()).as("a note changes what readers see").isEqualTo(NOW);

    assertThatThrownBy(() -> desk.replace(article.id(), 2, content("Budget", "published", List.of()), camille))
        .isInstanceOfSatisfying(CorrectionsAppendOnly.class, refused ->
            assertThat(refused.errors()).extracting(FieldError::field).containsExactly("corrections"));
    assertThatThrownBy(() -> desk.replace(article.id(), 2, content("Budget", "published",
        List.of(note(first.at().toString(), "clarification", "Le vote a eu lieu mardi."))), camille))
        .isInstanceOfSatisfying(CorrectionsAppendOnly.class, refused ->
            assertThat(refused.errors()).extracting(FieldError::field).containsExactly("corrections[0]"));
    assertThat(desk.replace(article.id(), 2, content("Budget", "published", null), camille).corrections())
        .as("a request that does not name them keeps them").containsExactly(first);
    assertThat(desk.get(article.id()).version()).isEqualTo(3);
    assertThat(desk.revisions(article.id(), 3, null).revisions()).extracting(Revision::summary)
        .containsExactly("Enregistré sans changement", "Rectificatif ajouté", "Créé et publié");
  }

  @Test
  void aDraftsCorrectionsMayBeRewrittenButNotDatedInTheFuture() {
    Article draft = desk.create(content("Brouillon", "draft", List.of(note(null, "update", "Une mise à jour."))), camille);
    Article rewritten = desk.replace(draft.id(), 1, content("Brouillon", "draft", List.of()), camille);
    assertThat(rewritten.corrections()).isEmpty();

    assertThatThrownBy(() -> desk.replace(draft.id(), 2, content("Brouillon", "draft",
        List.of(note("2999-01-01T00:00:00Z", "update", "Plus tard."))), camille))
        .isInstanceOfSatisfying(InvalidArticle.class, invalid ->
            assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("corrections[0].at"));
    assertThatThrownBy(() -> desk.create(content("Brouillon", "draft", List.of(note(null, "erratum", " "))), camille))
        .isInstanceOfSatisfying(InvalidArticle.class, invalid -> assertThat(invalid.errors())
            .extracting(FieldError::field).containsExactly("corrections[0].kind", "corrections[0].text"));
  }

  @Test
  void aPreviewNeedsNoTitleAndStoresNothing() {
    Article preview = desk.preview(new ArticleContent(null, null, null, null, null, List.of("", "Économie"),
        null, "pas une date", null, null, new ArticleContent.Image("pas-un-id", null, null, null)), null, sam);

    assertThat(preview.title()).isEqualTo("Sans titre");
    assertThat(preview.body()).isEmpty();
    assertThat(preview.topics()).extracting(Topic::name).containsExactly("Économie");
    assertThat(preview.image()).isNull();
    assertThat(preview.isPublished()).isTrue();
    assertThat(preview.author()).isEqualTo("Sam Diallo");
    assertThat(store.list(new ArticleQuery(null, null, 10, null)).articles()).isEmpty();
  }

  @Test
  void aPreviewOfAStoredArticleKeepsItsIdentityAndPublishedNotes() {
    Article article = desk.create(content("En ligne", "published",
        List.of(note(null, "correction", "Un chiffre corrigé."))), camille);
    Article preview = desk.preview(content("En ligne, retitré", "draft", null), article.id(), sam);

    assertThat(preview.id()).isEqualTo(article.id());
    assertThat(preview.slug()).isEqualTo(article.slug());
    assertThat(preview.publishedAt()).isEqualTo(article.publishedAt());
    assertThat(preview.corrections()).isEqualTo(article.corrections());
    assertThat(preview.revisedAt()).as("the preview shows the update line readers would see").isEqualTo(NOW);
    assertThat(desk.get(article.id())).isEqualTo(article);
  }
}
