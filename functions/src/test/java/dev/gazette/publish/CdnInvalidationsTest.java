package dev.gazette.publish;

import static dev.gazette.publish.PublisherFixture.content;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CDN is told to forget an article's page exactly when readers may hold a copy that is now
 * wrong: a live article edited, unpublished, deleted or moved. Shared pages are never named:
 * their cache lifetime is short enough.
 */
class CdnInvalidationsTest {
  private final PublisherFixture newsroom = new PublisherFixture();

  @Test
  void aNewArticleInvalidatesNothing() {
    newsroom.publish("Le tramway de Rabat prolongé", "Texte.", "Transport");

    assertThat(newsroom.invalidated).isEmpty();
  }

  @Test
  void aNewArticleLinkedFromAnOlderOneInvalidatesNothing() {
    Article older = newsroom.publish("Le tramway de Rabat prolongé jusqu'à Salé", "Le tramway de Rabat.", "Transport");
    newsroom.publish("Le tramway de Rabat prolongé jusqu'à Témara", "Le tramway de Rabat encore.", "Transport");

    assertThat(newsroom.related.related(older.id()).orElseThrow()).hasSize(1);
    assertThat(newsroom.invalidated).isEmpty();
  }

  @Test
  void aTakedownInvalidatesThePagesThatListedItAsRelated() {
    Article older = newsroom.publish("Le tramway de Rabat prolongé jusqu'à Salé", "Le tramway de Rabat.", "Transport");
    Article newer = newsroom.publish("Le tramway de Rabat prolongé jusqu'à Témara", "Le tramway de Rabat encore.", "Transport");
    newsroom.edit(newer, content(newer.title(), newer.body(), List.of("Transport"), "draft"));

    assertThat(newsroom.invalidated).hasSize(1);
    assertThat(newsroom.invalidated.get(0)).contains("/articles/" + newer.slug() + "/index.html",
        "/articles/" + older.slug() + "/index.html");
  }

  @Test
  void anEditOfALiveArticleInvalidatesItsPageItsJsonAndItsSearchResultOnly() {
    Article article = newsroom.publish("Le tramway de Rabat prolongé", "Texte.", "Transport");
    newsroom.edit(article, content(article.title(), "Texte corrigé.", List.of("Transport"), "published"));

    assertThat(newsroom.invalidated).containsExactly(Set.of(
        "/articles/" + article.slug() + "/index.html", "/articles/" + article.slug() + ".json",
        "/search/docs/" + article.id() + ".json"));
  }

  @Test
  void anUnpublishInvalidatesTheGonePage() {
    Article article = newsroom.publish("Le tramway de Rabat prolongé", "Texte.", "Transport");
    newsroom.edit(article, content(article.title(), article.body(), List.of("Transport"), "draft"));

    assertThat(newsroom.invalidated).hasSize(1);
    assertThat(newsroom.invalidated.get(0)).contains("/articles/" + article.slug() + "/index.html",
        "/articles/" + article.slug() + ".json", "/search/docs/" + article.id() + ".json")
        .allMatch(path -> path.startsWith("/articles/") || path.startsWith("/search/docs/"));
  }

  @Test
  void aDeleteInvalidatesTheGonePage() {
    Article article = newsroom.publish("Le tramway de Rabat prolongé", "Texte.", "Transport");
    newsroom.delete(newsroom.articles.find(article.id()).orElseThrow());

    assertThat(newsroom.invalidated).hasSize(1);
    assertThat(newsroom.invalidated.get(0)).contains("/articles/" + article.slug() + "/index.html");
  }

  @Test
  void aSlugChangeInvalidatesTheOldAddressThatNowRedirects() {
    Article article = newsroom.publish("Le tramway de Rabat prolongé", "Texte.", "Transport");
    Article moved = newsroom.edit(article, new ArticleContent(article.title(), null,
        article.body(), null, "Rabat", List.of("Transport"), "published", null, "tramway-rabat-sale",
        null, null));

    assertThat(newsroom.invalidated).hasSize(1);
    assertThat(newsroom.invalidated.get(0)).contains("/articles/" + article.slug() + "/index.html")
        .doesNotContain("/articles/" + moved.slug() + "/index.html");
  }

  @Test
  void aReplayInvalidatesNothingMore() {
    Article article = newsroom.publish("Le tramway de Rabat prolongé", "Texte.", "Transport");
    newsroom.edit(article, content(article.title(), "Texte corrigé.", List.of("Transport"), "published"));
    newsroom.publisher.refresh(article.id(), Set.of(article.slug()));

    assertThat(newsroom.invalidated).hasSize(1);
  }
}
