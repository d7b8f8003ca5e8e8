package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.article.Slug;
import dev.gazette.article.SlugTaken;
import dev.gazette.article.VersionConflict;
import dev.gazette.local.aws.LocalDynamo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The article table against dynoxide: conditional writes, slug claims, concurrent editors. */
class DynamoArticleStoreIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();

  private DynamoArticleStore store;
  private EditorDesk desk;
  private final Editor editor = new Editor("u-1", "Nadia Belkacem");

  @BeforeEach
  void freshTable() {
    store = new DynamoArticleStore(DYNAMO.client(), LocalTables.create(DYNAMO.client()));
    desk = new EditorDesk(store, new ArticleIds(Clock.systemUTC()), Clock.systemUTC(), Locale.FRENCH,
        PictureLibrary.EMPTY);
  }

  private static ArticleContent content(String title, String slug) {
    return new ArticleContent(title, "Un résumé.", "Le **corps**.", null, "Rabat",
        List.of("Diplomatie", "Économie"), "published", null, slug, null, null);
  }

  @Test
  void anArticleRoundTripsWithEveryField() {
    Article created = desk.create(content("Le Maroc et l’OTAN", null), editor);
    assertThat(store.find(created.id())).contains(created);
    assertThat(store.idBySlug(new Slug("le-maroc-et-l-otan"))).contains(created.id());
  }

  @Test
  void twoArticlesWithOneTitleGetDistinctSlugs() {
    Article first = desk.create(content("Même titre", null), editor);
    Article second = desk.create(content("Même titre", null), editor);
    assertThat(first.slug().value()).isEqualTo("meme-titre");
    assertThat(second.slug().value()).isEqualTo("meme-titre-2");
  }

  @Test
  void aSlugHeldByAnotherArticleCannotBeTaken() {
    desk.create(content("Premier", "la-une"), editor);
    Article other = desk.create(content("Second", null), editor);
    assertThatThrownBy(() -> desk.replace(other.id(), 1, content("Second", "la-une"), editor))
        .isInstanceOf(SlugTaken.class);
    assertThat(store.find(other.id()).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aStaleVersionChangesNothing() {
    Article article = desk.create(content("Version un", null), editor);
    desk.replace(article.id(), 1, content("Version deux", null), editor);
    assertThatThrownBy(() -> store.replace(article, article)).isInstanceOf(VersionConflict.class);
    assertThatThrownBy(() -> store.delete(article)).isInstanceOf(VersionConflict.class);
    assertThat(store.find(article.id()).orElseThrow().title()).isEqualTo("Version deux");
  }

  @Test
  void twoEditorsSavingAtOnceCannotBothWin() throws Exception {
    Article article = desk.create(content("Disputé", null), editor);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> outcomes = new ArrayList<>();
    for (String title : List.of("Version d’Alice", "Version de Bruno")) {
      Callable<String> save = () -> {
        start.await();
        try {
          desk.replace(article.id(), 1, content(title, null), editor);
          return "saved";
        } catch (VersionConflict conflict) {
          return "conflict";
        }
      };
      outcomes.add(pool.submit(save));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      results.add(outcome.get());
    }
    pool.shutdown();
    assertThat(results).containsExactlyInAnyOrder("saved", "conflict");
    assertThat(store.find(article.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aRenamedArticleHoldsItsFormerSlugsAndDeletingItReleasesThemAll() {
    Article first = desk.create(content("Premier titre", null), editor);
    Article renamed = desk.replace(first.id(), 1, content("Premier titre", "nouveau-titre"), editor);
    Article again = desk.replace(first.id(), 2, content("Premier titre", "dernier-titre"), editor);
    assertThat(store.find(first.id())).contains(again);
    assertThat(again.formerSlugs()).containsExactlyInAnyOrder(first.slug(), renamed.slug());
    for (Slug slug : List.of(first.slug(), renamed.slug(), again.slug())) {
      assertThat(store.idBySlug(slug)).as(slug.value()).contains(first.id());
    }
    assertThatThrownBy(() -> desk.create(content("Autre", "nouveau-titre"), editor))
        .isInstanceOf(SlugTaken.class);

    assertThatThrownBy(() -> store.delete(renamed)).isInstanceOf(VersionConflict.class);
    assertThat(store.idBySlug(first.slug())).contains(first.id());
    desk.delete(first.id(), 3);
    for (Slug slug : List.of(first.slug(), renamed.slug(), again.slug())) {
      assertThat(store.idBySlug(slug)).as(slug.value()).isEmpty();
    }
    assertThat(desk.create(content("Autre", "nouveau-titre"), editor).slug()).isEqualTo(renamed.slug());
    assertThat(desk.create(content("Premier titre", null), editor).slug()).isEqualTo(first.slug());
  }

  @Test
  void deletingFreesTheSlug() {
    Article article = desk.create(content("Éphémère", null), editor);
    desk.delete(article.id(), 1);
    assertThat(store.find(article.id())).isEmpty();
    assertThat(store.idBySlug(article.slug())).isEmpty();
    assertThat(desk.create(content("Éphémère", null), editor).slug()).isEqualTo(article.slug());
  }
}
