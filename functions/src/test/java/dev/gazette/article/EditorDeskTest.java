package dev.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorDeskTest {
  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
  private final InMemoryArticleStore store = new InMemoryArticleStore();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final EditorDesk desk = new EditorDesk(store, new ArticleIds(clock), clock);
  private final Editor editor = new Editor("u-1", "Nadia Belkacem");

  private static ArticleContent content(String title, String status) {
    return new ArticleContent(title, null, "Le corps de l’article.", null, "Rabat",
        List.of("Diplomatie"), status, null, null);
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
  void sameTitleTwiceGetsANumberedSlug() {
    desk.create(content("Budget 2027", "draft"), editor);
    Article second = desk.create(content("Budget 2027", "draft"), editor);
    assertThat(second.slug().value()).isEqualTo("budget-2027-2");
  }

  @Test
  void aRequestedSlugThatIsTakenIsAConflict() {
    desk.create(content("Budget 2027", "draft"), editor);
    ArticleContent asking = new ArticleContent("Autre", null, "x", null, null, List.of("a"),
        "draft", null, "budget-2027");
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
  void unknownAndMalformedIdsAreNotFound() {
    assertThatThrownBy(() -> desk.get("01jabcdefghjkmnpqrstvwxyz0")).isInstanceOf(ArticleNotFound.class);
    assertThatThrownBy(() -> desk.get("../../etc")).isInstanceOf(ArticleNotFound.class);
  }
}
