package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexUpkeepTest {
  private final PublisherFixture newsroom = new PublisherFixture();

  @Test
  void aPublishedArticleIsFoundByTheStemOfAWordOfItsBody() {
    Article article = newsroom.publish("L'usine de Safi", "Le dessalement de l'eau de mer avance.", "Économie");

    assertThat(newsroom.pages.text("search/terms/desal.json")).contains("\"articles\":1").contains("2026-11");
    assertThat(newsroom.pages.text("search/terms/desal/2026-11.json")).contains("\"" + article.id() + "\"");
    assertThat(newsroom.pages.text("search/docs/" + article.id() + ".json"))
        .contains("\"title\":\"L'usine de Safi\"").contains("\"url\":\"/articles/l-usine-de-safi/\"");
    assertThat(newsroom.pages.text("search/stats.json")).isEqualTo("{\"articles\":1}");
  }

  @Test
  void draftsNeverReachTheIndex() {
    newsroom.clock.tick();
    Article draft = newsroom.desk.create(PublisherFixture.content("Brouillon", "Le dessalement secret.",
        List.of("Économie"), "draft"), new dev.gazette.article.Editor("u", "U"));
    newsroom.publisher.refresh(draft.id(), java.util.Set.of(draft.slug()));

    assertThat(newsroom.pages.files.keySet()).noneMatch(key -> key.startsWith("search/terms/"))
        .doesNotContain("search/docs/" + draft.id() + ".json");
  }

  @Test
  void anUnpublishedArticleLeavesTheIndexInTheSameChange() {
    Article stays = newsroom.publish("La station de Safi", "Le dessalement progresse.", "Économie");
    Article leaves = newsroom.publish("Dessaler l'eau", "Dessaler coûte cher, dit le rapport.", "Économie");
    assertThat(newsroom.pages.text("search/terms/desal/2026-11.json")).contains(leaves.id());

    newsroom.edit(leaves, PublisherFixture.content(leaves.title(), leaves.body(), List.of("Économie"), "draft"));

    assertThat(newsroom.pages.text("search/terms/desal/2026-11.json")).contains(stays.id()).doesNotContain(leaves.id());
    assertThat(newsroom.pages.text("search/terms/desal.json")).contains("\"articles\":1");
    assertThat(newsroom.pages.files).doesNotContainKey("search/terms/rapport.json")
        .doesNotContainKey("search/terms/rapport/2026-11.json")
        .doesNotContainKey("search/docs/" + leaves.id() + ".json");
  }

  @Test
  void aDeletedArticleLeavesTheIndex() {
    Article article = newsroom.publish("Dessaler l'eau", "Dessaler coûte cher.", "Économie");

    newsroom.delete(article);

    assertThat(newsroom.pages.files.keySet()).noneMatch(key -> key.startsWith("search/terms/"))
        .doesNotContain("search/docs/" + article.id() + ".json");
  }

  @Test
  void anEditRewritesOnlyTheFilesOfTheTermsItAddsOrRemoves() {
    String body = "Les chalutiers rentrent au port. ".repeat(40);
    Article article = newsroom.publish("Le port de Safi", body, "Économie");
    newsroom.pages.writes.clear();

    newsroom.edit(article, PublisherFixture.content(article.title(), body + "Les mouettes suivent.",
        List.of("Économie"), "published"));

    assertThat(newsroom.pages.writes.stream().filter(key -> key.startsWith("search/terms/")).sorted().toList())
        .containsExactly("search/terms/mouet.json", "search/terms/mouet/2026-11.json", "search/terms/suivent.json",
            "search/terms/suivent/2026-11.json");
  }

  @Test
  void anEditAfterAWrittenChangeRendersOnlyItsOwnIndexFiles() {
    String body = "Les chalutiers rentrent au port. ".repeat(40);
    Article article = newsroom.publish("Le port de Safi", body, "Économie");
    PageId portFile = new PageId.SearchMonth(new TermMonth("port", YearMonth.of(2026, 11)));
    long ticket = newsroom.ledger.status(List.of(portFile)).get(portFile).ticket();

    newsroom.edit(article, PublisherFixture.content(article.title(), body + "Les mouettes suivent.",
        List.of("Économie"), "published"));

    assertThat(newsroom.ledger.status(List.of(portFile)).get(portFile).ticket())
        .as("the publish's files were written: the edit does not render them again").isEqualTo(ticket);
  }

  @Test
  void indexFilesChangesCouldNotWriteAreWrittenByTheFirstThatCan() {
    String body = "Les chalutiers rentrent au port. ".repeat(40);
    String id = newsroom.publish("Le port de Safi", body, "Économie").id();
    newsroom.pages.refused.add("search/terms/mouet.json");
    editBody(id, body + "Les mouettes suivent.");
    editBody(id, body + "Les mouettes suivent. Le vent tourne.");
    assertThat(newsroom.pages.files).doesNotContainKey("search/terms/mouet.json");
    newsroom.pages.refused.clear();

    editBody(id, body + "Les mouettes suivent. Le vent tourne. Il pleut.");

    assertThat(newsroom.pages.text("search/terms/mouet.json")).contains("\"articles\":1");
  }

  /** Edits the article's body; a page that could not be written fails the change. */
  private void editBody(String id, String body) {
    Article current = newsroom.articles.find(id).orElseThrow();
    try {
      newsroom.edit(current, PublisherFixture.content(current.title(), body, List.of("Économie"), "published"));
    } catch (RuntimeException refused) {
      assertThat(refused).hasMessageContaining("search:mouet");
    }
  }

  @Test
  void aReplayWritesNothing() {
    Article article = newsroom.publish("Le port de Safi", "Le dessalement avance.", "Économie");
    newsroom.pages.writes.clear();

    newsroom.publisher.refresh(article.id(), java.util.Set.of(article.slug()));

    assertThat(newsroom.pages.writes).isEmpty();
  }

  @Test
  void aNewArticleWritesAsManyIndexFilesWhateverTheArchivesSize() {
    for (int i = 0; i < 5; i++) {
      newsroom.publish("Archive " + i, "Le dessalement et la pêche, épisode " + i + ".", "Économie");
    }
    long small = searchWritesOfOneMoreArticle();
    for (int i = 5; i < 60; i++) {
      newsroom.publish("Archive " + i, "Le dessalement et la pêche, épisode " + i + ".", "Économie");
    }
    long large = searchWritesOfOneMoreArticle();

    assertThat(large).isEqualTo(small).isPositive();
  }

  private long searchWritesOfOneMoreArticle() {
    newsroom.pages.writes.clear();
    newsroom.publish("Une de plus", "Le dessalement et la pêche reprennent.", "Économie");
    return newsroom.pages.writes.stream().filter(key -> key.startsWith("search/")).count();
  }

  @Test
  void aTermTooLongForAKeyIsNotIndexed() {
    String longWord = "dessalement" + "x".repeat(80);
    newsroom.publish("Un mot très long", longWord + " et la mer.", "Économie");

    assertThat(newsroom.pages.files.keySet()).filteredOn(key -> key.startsWith("search/terms/"))
        .allMatch(key -> key.length() < 100).anyMatch(key -> key.startsWith("search/terms/mer"));
  }
}
