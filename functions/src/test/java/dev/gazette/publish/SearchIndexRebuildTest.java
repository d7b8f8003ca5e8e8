package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.render.SiteRenderers;
import org.junit.jupiter.api.Test;

class SearchIndexRebuildTest {
  private final PublisherFixture newsroom = new PublisherFixture();

  @Test
  void aRebuildIndexesArticlesPublishedBeforeTheIndexExisted() {
    Article article = newsroom.publish("Dessaler l'eau de mer", "Le dessalement coûte cher.", "Économie");
    InMemorySearchIndex fresh = new InMemorySearchIndex();
    InMemoryPageStore bucket = new InMemoryPageStore();
    Rebuild rebuild = Rebuild.create(new PublisherParts(newsroom.articles, newsroom.media, newsroom.listings,
        newsroom.related, new InMemoryPageLedger(), bucket, CdnInvalidations.NONE, SiteRenderers.of(newsroom.site),
        PublisherFixture.PARALLEL, newsroom.clock, newsroom.counters, fresh), false);

    rebuild.article(article.id());

    assertThat(bucket.text("search/terms/desal/2026-11.json")).contains(article.id());
    assertThat(bucket.text("search/terms/desal.json")).contains("\"articles\":1");
    assertThat(bucket.files).containsKey("search/docs/" + article.id() + ".json");
  }

  @Test
  void aForcedRebuildWritesEveryTermFileOfTheArticleAgain() {
    Article article = newsroom.publish("Dessaler l'eau de mer", "Le dessalement coûte cher.", "Économie");
    InMemoryPageStore emptied = new InMemoryPageStore();
    Rebuild rebuild = Rebuild.create(new PublisherParts(newsroom.articles, newsroom.media, newsroom.listings,
        newsroom.related, newsroom.ledger, emptied, CdnInvalidations.NONE, SiteRenderers.of(newsroom.site),
        PublisherFixture.PARALLEL, newsroom.clock, newsroom.counters, newsroom.search), true);

    rebuild.article(article.id());

    assertThat(emptied.files).containsKeys("search/terms/desal/2026-11.json", "search/terms/desal.json",
        "search/terms/cher.json", "search/docs/" + article.id() + ".json");
  }
}
