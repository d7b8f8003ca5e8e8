package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schedule's refresh of the news sitemap, with the clock moved past 48 hours. */
class NewsSitemapRefreshTest {
  private static final String SITE = "https://news.example.org";
  private static final String NEWS = "sitemap-news.xml";
  private static final String INDEX = "sitemap.xml";
  private final PublisherFixture newsroom = new PublisherFixture();
  private final NewsSitemapRefresh refresh = NewsSitemapRefresh.over(newsroom.listings, newsroom.ledger,
      newsroom.pages, newsroom.site, PublisherFixture.PARALLEL, newsroom.clock, newsroom.counters);

  @Test
  void theOnlyArticleLeavesTheNewsSitemapOnceItPassesFortyEightHoursAndTheIndexStopsNamingIt() {
    Article article = newsroom.publish("Le port de Tanger Med bat son record", "Texte.", "Économie");
    String url = SITE + "/articles/" + article.slug().value() + "/";
    newsroom.clock.set(article.publishedAt().plus(Duration.ofHours(47).plusMinutes(59)));

    assertThat(refresh.refresh()).isEmpty();
    assertThat(newsroom.pages.text(NEWS)).contains(url);
    assertThat(newsroom.pages.text(INDEX)).contains(SITE + "/" + NEWS);

    newsroom.clock.set(article.publishedAt().plus(Duration.ofHours(48)).plusSeconds(1));
    assertThat(refresh.refresh()).containsExactlyInAnyOrder(PageId.SiteWide.NEWS_SITEMAP,
        PageId.SiteWide.SITEMAP_INDEX);

    assertThat(newsroom.pages.files).doesNotContainKey(NEWS);
    assertThat(newsroom.pages.text(INDEX)).doesNotContain(NEWS).contains(SITE + "/sitemaps/2026-11.xml");
    // The article itself is still published and listed everywhere else.
    assertThat(newsroom.pages.text("index.html")).contains("/articles/" + article.slug().value() + "/");
  }

  @Test
  void anArticlePassingFortyEightHoursLeavesTheOthersListedAndTheIndexUnwritten() {
    Article older = newsroom.publish("Le barrage d'Al Wahda déborde", "Texte.", "Environnement");
    Article newer = newsroom.publish("Les pluies reviennent dans le Rif", "Texte.", "Environnement");
    byte[] index = newsroom.pages.files.get(INDEX).bytes();
    newsroom.clock.set(older.publishedAt().plus(Duration.ofHours(48)).plusSeconds(1));

    assertThat(refresh.refresh()).containsExactly(PageId.SiteWide.NEWS_SITEMAP);

    assertThat(newsroom.pages.text(NEWS)).contains("/articles/" + newer.slug().value() + "/")
        .doesNotContain("/articles/" + older.slug().value() + "/");
    assertThat(newsroom.pages.files.get(INDEX).bytes()).isEqualTo(index);
  }

  @Test
  void aRefreshWhenNothingAgedOutWritesNothingNotEvenATicket() {
    Article article = newsroom.publish("Le tramway de Casablanca ouvre sa ligne 3", "Texte.", "Transport");
    newsroom.clock.set(article.publishedAt().plus(Duration.ofHours(48)).plusSeconds(1));
    refresh.refresh();
    Map<PageId, PageLedger.Status> before = ledger();
    int writes = newsroom.pages.writes.size();
    long deleted = newsroom.counters.deleted();

    newsroom.clock.set(newsroom.clock.instant().plus(Duration.ofMinutes(1)));
    assertThat(refresh.refresh()).isEmpty();
    newsroom.clock.set(newsroom.clock.instant().plus(Duration.ofDays(30)));
    assertThat(refresh.refresh()).isEmpty();

    assertThat(newsroom.pages.writes).hasSize(writes);
    assertThat(newsroom.counters.deleted()).isEqualTo(deleted);
    assertThat(ledger()).isEqualTo(before);
  }

  @Test
  void theNextPublishListsOnlyWhatTheRefreshWouldAndTheRefreshThenHasNothingToDo() {
    Article old = newsroom.publish("La saison des olives commence", "Texte.", "Agriculture");
    newsroom.clock.set(old.publishedAt().plus(Duration.ofHours(48)));
    refresh.refresh();
    Article fresh = newsroom.publish("Les oliviers de Meknès donnent peu", "Texte.", "Agriculture");
    int writes = newsroom.pages.writes.size();

    assertThat(refresh.refresh()).isEmpty();

    assertThat(newsroom.pages.writes).hasSize(writes);
    assertThat(newsroom.pages.text(NEWS)).contains("/articles/" + fresh.slug().value() + "/")
        .doesNotContain("/articles/" + old.slug().value() + "/");
    assertThat(newsroom.pages.text(INDEX)).contains(SITE + "/" + NEWS);
  }

  @Test
  void aPageWhoseHolderDiedMidRenderIsTakenOverAndWrittenOnceItsLeaseRanOut() {
    Article article = newsroom.publish("Le festival de Fès s'ouvre", "Texte.", "Culture");
    newsroom.clock.set(article.publishedAt().plus(Duration.ofHours(48)).plusSeconds(1));
    Instant now = newsroom.clock.instant();
    // A Publisher took the lease and died before giving it back.
    newsroom.ledger.claim(PageId.SiteWide.NEWS_SITEMAP, "dead", now.minus(PageWriter.LEASE.multipliedBy(2)),
        now.minus(PageWriter.LEASE));

    assertThat(refresh.refresh()).contains(PageId.SiteWide.NEWS_SITEMAP);

    assertThat(newsroom.pages.files).doesNotContainKey(NEWS);
    assertThat(ledger().get(PageId.SiteWide.NEWS_SITEMAP).atRest()).isTrue();
  }

  private Map<PageId, PageLedger.Status> ledger() {
    return newsroom.ledger.status(List.of(PageId.SiteWide.NEWS_SITEMAP, PageId.SiteWide.SITEMAP_INDEX));
  }
}
