package dev.gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.InMemoryArticleStore;
import dev.gazette.article.Slug;
import dev.gazette.render.ArticleRenderer;
import dev.gazette.render.Site;
import dev.gazette.render.SitePaths;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {
  private final InMemoryArticleStore articles = new InMemoryArticleStore();
  private final InMemoryPageStore pages = new InMemoryPageStore();
  private final Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));
  private final ArticlePublisher publisher = new ArticlePublisher(articles, pages,
      new ArticleRenderer(site), new SitePaths(site));
  private final EditorDesk desk = new EditorDesk(articles, new ArticleIds(Clock.systemUTC()),
      Clock.systemUTC());
  private final Editor editor = new Editor("u-1", "K.M.");

  private static ArticleContent content(String title, String status, String slug) {
    return new ArticleContent(title, null, "Un corps d’article.", null, "Agadir",
        List.of("Environnement"), status, null, slug);
  }

  @Test
  void aPublishedArticleGetsItsHtmlAndJson() {
    Article article = desk.create(content("L’usine de dessalement", "published", null), editor);
    publisher.refresh(article.id(), Set.of(article.slug()));
    assertThat(pages.files).containsOnlyKeys(
        "articles/l-usine-de-dessalement/index.html", "articles/l-usine-de-dessalement.json");
    assertThat(pages.text("articles/l-usine-de-dessalement/index.html")).contains("L’usine de dessalement");
    assertThat(pages.files.get("articles/l-usine-de-dessalement.json").contentType())
        .startsWith("application/json");
  }

  @Test
  void aDraftIsNeverWritten() {
    Article draft = desk.create(content("Brouillon secret", "draft", null), editor);
    publisher.refresh(draft.id(), Set.of(draft.slug()));
    assertThat(pages.files).isEmpty();
  }

  @Test
  void unpublishingAndDeletingRemoveThePages() {
    Article article = desk.create(content("Bientôt retiré", "published", null), editor);
    publisher.refresh(article.id(), Set.of(article.slug()));
    Article unpublished = desk.replace(article.id(), 1, content("Bientôt retiré", "draft", null), editor);
    publisher.refresh(article.id(), Set.of(unpublished.slug()));
    assertThat(pages.files).isEmpty();

    desk.replace(article.id(), 2, content("Bientôt retiré", "published", null), editor);
    publisher.refresh(article.id(), Set.of(article.slug()));
    desk.delete(article.id(), 3);
    publisher.refresh(article.id(), Set.of(article.slug()));
    assertThat(pages.files).isEmpty();
  }

  @Test
  void aSlugChangeMovesThePages() {
    Article article = desk.create(content("Premier nom", "published", null), editor);
    publisher.refresh(article.id(), Set.of(article.slug()));
    desk.replace(article.id(), 1, content("Premier nom", "published", "second-nom"), editor);
    publisher.refresh(article.id(), Set.of(article.slug(), new Slug("second-nom")));
    assertThat(pages.files).containsOnlyKeys("articles/second-nom/index.html", "articles/second-nom.json");
  }

  @Test
  void aLateEventForADeletedArticleLeavesTheSlugsNewOwnerAlone() {
    Article gone = desk.create(content("Même titre", "published", null), editor);
    desk.delete(gone.id(), 1);
    Article newcomer = desk.create(content("Même titre", "published", null), editor);
    assertThat(newcomer.slug()).isEqualTo(gone.slug());
    publisher.refresh(newcomer.id(), Set.of(newcomer.slug()));

    publisher.refresh(gone.id(), Set.of(gone.slug()));

    assertThat(pages.files).containsKey("articles/meme-titre/index.html");
  }

  @Test
  void replayingTheSameChangeLeavesTheSameBytes() {
    Article article = desk.create(content("Rejouer sans effet", "published", null), editor);
    publisher.refresh(article.id(), Set.of(article.slug()));
    byte[] first = pages.files.get("articles/rejouer-sans-effet/index.html").bytes();
    publisher.refresh(article.id(), Set.of(article.slug()));
    assertThat(pages.files.get("articles/rejouer-sans-effet/index.html").bytes()).isEqualTo(first);
  }
}
