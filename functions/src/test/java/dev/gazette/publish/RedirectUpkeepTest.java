package dev.gazette.publish;

import static dev.gazette.publish.PublisherFixture.content;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.Editor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Publisher keeps the CDN's map of old addresses: what a reader following an old link gets. */
class RedirectUpkeepTest {
  private static final Editor EDITOR = new Editor("u-1", "Nadia Belkacem");
  private final PublisherFixture newsroom = new PublisherFixture();
  private final Map<String, String> redirects = newsroom.redirects.entries;

  private Article renamed(Article article, String slug) {
    return newsroom.edit(article, new ArticleContent(article.title(), null, article.body(), null,
        "Rabat", List.of("Culture"), "published", null, slug, null, null));
  }

  @Test
  void aRenamedArticlesOldPageAndJsonPointToTheNewOnes() {
    Article first = newsroom.publish("Festival de Marrakech : la soirée d’ouverture", "Les films.", "Culture");
    String old = first.slug().value();
    assertThat(redirects).isEmpty();

    renamed(first, "ouverture-du-festival");

    assertThat(redirects).containsExactlyInAnyOrderEntriesOf(Map.of(
        "/articles/" + old + "/", "/articles/ouverture-du-festival/",
        "/articles/" + old + ".json", "/articles/ouverture-du-festival.json"));
    // The fallback for a CDN without the map: the old page still sends readers on.
    assertThat(new String(newsroom.pages.files.get("articles/" + old + "/index.html").bytes(),
        java.nio.charset.StandardCharsets.UTF_8)).contains("url=https://news.example.org/articles/ouverture-du-festival/");
    assertThat(newsroom.invalidated.stream().flatMap(Set::stream)).contains("/articles/" + old + "/index.html");
  }

  @Test
  void aChainOfRenamesPointsEveryOldAddressToTheLastOne() {
    Article a = newsroom.publish("Festival de Marrakech : la soirée d’ouverture", "Les films.", "Culture");
    String first = a.slug().value();
    Article b = renamed(a, "ouverture-du-festival");
    renamed(b, "festival-la-soiree");

    assertThat(redirects).containsEntry("/articles/" + first + "/", "/articles/festival-la-soiree/")
        .containsEntry("/articles/ouverture-du-festival/", "/articles/festival-la-soiree/")
        .containsEntry("/articles/ouverture-du-festival.json", "/articles/festival-la-soiree.json")
        .doesNotContainKey("/articles/festival-la-soiree/").hasSize(4);
  }

  @Test
  void anUnpublishedOrDeletedArticleLeavesNoRedirectBehind() {
    Article a = newsroom.publish("Festival de Marrakech : la soirée d’ouverture", "Les films.", "Culture");
    Article moved = renamed(a, "ouverture-du-festival");
    assertThat(redirects).hasSize(2);

    Article draft = newsroom.edit(moved, content(moved.title(), moved.body(), List.of("Culture"), "draft"));
    assertThat(redirects).isEmpty();

    Article back = newsroom.edit(draft, content(draft.title(), draft.body(), List.of("Culture"), "published"));
    assertThat(redirects).hasSize(2);
    newsroom.delete(back);
    assertThat(redirects).isEmpty();
  }

  @Test
  void anArticleCreatedAndRenamedInOneBatchLeavesNoRedirectOnceUnpublished() {
    newsroom.clock.tick();
    Article created = newsroom.desk.create(content("Festival de Marrakech : la soirée d’ouverture",
        "Les films.", List.of("Culture"), "published"), EDITOR);
    newsroom.clock.tick();
    Article moved = newsroom.desk.replace(created.id(), created.version(), new ArticleContent(created.title(),
        null, created.body(), null, "Rabat", List.of("Culture"), "published", null, "ouverture-du-festival",
        null, null), EDITOR);
    // Both records in one stream batch: the Publisher never saw the first slug on its own.
    newsroom.publisher.refresh(moved.id(), Set.of(created.slug(), moved.slug()));
    assertThat(redirects).hasSize(2);

    newsroom.edit(moved, content(moved.title(), moved.body(), List.of("Culture"), "draft"));

    assertThat(redirects).isEmpty();
  }

  @Test
  void aNewArticleTakingAnOldAddressRemovesWhatTheMapStillHeldForIt() {
    Article first = newsroom.publish("Festival de Marrakech : la soirée d’ouverture", "Les films.", "Culture");
    String old = first.slug().value();
    newsroom.delete(renamed(first, "ouverture-du-festival"));
    // As if removing it had failed when the first article went: the newcomer's page must not 301.
    redirects.put("/articles/" + old + "/", "/articles/ouverture-du-festival/");

    Article newcomer = newsroom.publish(first.title(), "Une autre soirée.", "Culture");

    assertThat(newcomer.slug().value()).isEqualTo(old);
    assertThat(redirects).isEmpty();
  }

  @Test
  void replayingARenameWritesNothingToTheMap() {
    Article a = newsroom.publish("Festival de Marrakech : la soirée d’ouverture", "Les films.", "Culture");
    Article moved = renamed(a, "ouverture-du-festival");
    int writes = newsroom.redirects.writes.get();

    newsroom.publisher.refresh(moved.id(), Set.of(a.slug(), moved.slug()));
    newsroom.publisher.refresh(moved.id(), Set.of());

    assertThat(newsroom.redirects.writes.get()).isEqualTo(writes);
    assertThat(redirects).hasSize(2);
  }
}
