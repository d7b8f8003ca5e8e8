package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.publish.ArticleLists;
import dev.gazette.publish.ConcurrentPublish;
import dev.gazette.publish.ListChange;
import dev.gazette.publish.ListEntry;
import dev.gazette.publish.ListId;
import dev.gazette.publish.PageId;
import dev.gazette.publish.PublishedState;
import dev.gazette.site.ArchiveMonth;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Publisher's lists and related links against dynoxide. */
class DynamoArticleListsIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private DynamoArticleLists listings;
  private DynamoRelatedLinks related;
  private final ListId economie = ListId.topic(new Slug("economie"));

  @BeforeEach
  void freshTable() {
    String table = LocalTables.create(DYNAMO.client());
    listings = new DynamoArticleLists(DYNAMO.client(), table);
    related = new DynamoRelatedLinks(DYNAMO.client(), table);
  }

  private static ListEntry entry(String id, String publishedAt) {
    Instant at = Instant.parse(publishedAt);
    return new ListEntry(new ArticleSummary(id, new Slug("article-" + id), "Titre " + id,
        "Extrait « " + id + " »", "K.M.", "Rabat", List.of(Topic.named("Économie")), at, at, null),
        Map.of("port", 0.8f, "tanger", 0.6f));
  }

  private PublishedState list(ListEntry entry, PublishedState before, ListId... lists) {
    YearMonth month = YearMonth.from(entry.summary().publishedAt().atZone(java.time.ZoneOffset.UTC));
    List<ListChange> changes = java.util.Arrays.stream(lists)
        .map(list -> new ListChange(list, month, entry, +1, entry.summary().updatedAt())).toList();
    PublishedState after = new PublishedState(entry.id(), entry, Set.of(lists),
        entry.summary().slug(), Set.of(), Set.of(new PageId.Article(entry.id())), Set.of(),
        before.revision() + 1);
    listings.apply(before, changes, after);
    return after;
  }

  @Test
  void entriesComeBackNewestFirstAndInTheirMonth() {
    list(entry("a", "2026-10-31T23:00:00Z"), PublishedState.none("a"), economie);
    list(entry("b", "2026-11-02T08:00:00Z"), PublishedState.none("b"), economie);
    list(entry("c", "2026-11-02T08:00:00.500Z"), PublishedState.none("c"), economie);

    assertThat(listings.latest(economie, 2)).extracting(ListEntry::id).containsExactly("c", "b");
    assertThat(listings.between(economie, Instant.parse("2026-11-01T00:00:00Z"),
        Instant.parse("2026-12-01T00:00:00Z"), 100)).extracting(ListEntry::id).containsExactly("c", "b");
    assertThat(listings.months(economie)).extracting(ArchiveMonth::month, ArchiveMonth::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 11), 2L),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 10), 1L));
    assertThat(listings.sizes(List.of(economie, ListId.site()))).containsEntry(economie, 3L)
        .containsEntry(ListId.site(), 0L);
    assertThat(listings.latest(economie, 1).get(0)).isEqualTo(entry("c", "2026-11-02T08:00:00.500Z"));
  }

  @Test
  void aReplayedChangeCannotCountTwice() {
    PublishedState none = PublishedState.none("a");
    list(entry("a", "2026-11-02T08:00:00Z"), none, economie);
    assertThatThrownBy(() -> list(entry("a", "2026-11-02T08:00:00Z"), none, economie))
        .isInstanceOf(ConcurrentPublish.class);
    assertThat(listings.sizes(List.of(economie))).containsEntry(economie, 1L);
    assertThat(listings.state("a").lists()).containsExactly(economie);
  }

  @Test
  void manyFirstListingsGoInSharedTransactionsAndOneListedMeanwhileIsLeftOut() {
    ListId km = ListId.author(new Slug("k-m"));
    list(entry("a7", "2026-11-17T08:00:00Z"), PublishedState.none("a7"), economie, ListId.site(), km);
    List<ArticleLists.Change> changes = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ListEntry entry = entry("a" + i, "2026-" + (i % 2 == 0 ? "10" : "11") + "-" + (10 + i % 18) + "T08:00:00Z");
      YearMonth month = YearMonth.from(entry.summary().publishedAt().atZone(java.time.ZoneOffset.UTC));
      Set<ListId> lists = Set.of(economie, ListId.site(), km);
      changes.add(new ArticleLists.Change(PublishedState.none(entry.id()), lists.stream()
          .map(list -> new ListChange(list, month, entry, +1, entry.summary().updatedAt())).toList(),
          new PublishedState(entry.id(), entry, lists, entry.summary().slug(), Set.of(),
              Set.of(new PageId.Article(entry.id())), Set.of(), 1)));
    }

    List<String> applied = listings.applyAll(changes);

    // 40 articles of 3 entries, 1 state and their counters: several transactions of at most 100 items.
    assertThat(applied).hasSize(39).doesNotContain("a7");
    assertThat(listings.sizes(List.of(economie, ListId.site(), km))).containsEntry(economie, 40L)
        .containsEntry(ListId.site(), 40L).containsEntry(km, 40L);
    assertThat(listings.months(economie)).extracting(ArchiveMonth::month, ArchiveMonth::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 11), 20L),
            org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 10), 20L));
    assertThat(listings.latest(ListId.site(), 100)).hasSize(40);
    assertThat(listings.authors()).containsExactly(new Slug("k-m"));
    assertThat(listings.state("a39").revision()).isEqualTo(1);
    // Applied again, as a resumed import would: nothing counts twice.
    assertThat(listings.applyAll(changes)).isEmpty();
    assertThat(listings.sizes(List.of(economie))).containsEntry(economie, 40L);
  }

  @Test
  void removingTheLastEntryOfAMonthEmptiesIt() {
    ListEntry entry = entry("a", "2026-11-02T08:00:00Z");
    PublishedState listed = list(entry, PublishedState.none("a"), economie, ListId.site());
    PublishedState unlisted = new PublishedState("a", null, Set.of(), null, Set.of(entry.summary().slug()),
        Set.of(), Set.of(), listed.revision() + 1);
    listings.apply(listed, List.of(
        new ListChange(economie, YearMonth.of(2026, 11), entry, -1, Instant.parse("2026-11-03T00:00:00Z")),
        new ListChange(ListId.site(), YearMonth.of(2026, 11), entry, -1, Instant.parse("2026-11-03T00:00:00Z"))),
        unlisted);
    assertThat(listings.latest(economie, 10)).isEmpty();
    assertThat(listings.months(economie)).isEmpty();
    assertThat(listings.state("a")).isEqualTo(unlisted);
  }

  @Test
  void anAuthorIsInTheDirectoryWhileTheirListHoldsAnArticle() {
    ListId km = ListId.author(new Slug("k-m"));
    ListEntry entry = entry("a", "2026-11-02T08:00:00Z");
    PublishedState listed = list(entry, PublishedState.none("a"), km, ListId.site());
    assertThat(listings.authors()).containsExactly(new Slug("k-m"));
    assertThat(listings.state("a").lists()).contains(km);

    listings.apply(listed, List.of(
        new ListChange(km, YearMonth.of(2026, 11), entry, -1, Instant.parse("2026-11-03T00:00:00Z"))),
        new PublishedState("a", entry, Set.of(ListId.site()), entry.summary().slug(), Set.of(),
            Set.of(), Set.of(), listed.revision() + 1));
    assertThat(listings.authors()).isEmpty();
  }

  @Test
  void relatedListsKeepTheirReverseLinks() {
    ArticleSummary b = entry("b", "2026-11-02T08:00:00Z").summary();
    ArticleSummary c = entry("c", "2026-11-03T08:00:00Z").summary();
    related.saveRelated("a", List.of(), List.of(b, c));
    assertThat(related.related("a")).contains(List.of(b, c));
    assertThat(related.linkedFrom("b")).containsExactly("a");
    related.saveRelated("a", List.of(b, c), List.of(c));
    assertThat(related.linkedFrom("b")).isEmpty();
    assertThat(related.linkedFrom("c")).containsExactly("a");
    related.forgetRelated("a");
    assertThat(related.related("a")).isEmpty();
    assertThat(related.linkedFrom("c")).isEmpty();
  }

  @Test
  void thePicturesAPublishedArticleShowsAreKeptInStepWithItsState() {
    ListEntry entry = entry("p", "2026-11-04T08:00:00Z");
    PublishedState none = PublishedState.none("p");
    PublishedState first = new PublishedState("p", entry, Set.of(), entry.summary().slug(), Set.of(),
        Set.of(), Set.of("01kbmedia00000000000000001", "01kbmedia00000000000000002"), 1);
    listings.apply(none, List.of(), first);
    assertThat(listings.articlesShowing("01kbmedia00000000000000001")).containsExactly("p");

    PublishedState second = new PublishedState("p", entry, Set.of(), entry.summary().slug(), Set.of(),
        Set.of(), Set.of("01kbmedia00000000000000002", "01kbmedia00000000000000003"), 2);
    listings.apply(first, List.of(), second);
    assertThat(listings.articlesShowing("01kbmedia00000000000000001")).isEmpty();
    assertThat(listings.articlesShowing("01kbmedia00000000000000002")).containsExactly("p");
    assertThat(listings.articlesShowing("01kbmedia00000000000000003")).containsExactly("p");
    assertThat(listings.state("p").media())
        .containsExactlyInAnyOrder("01kbmedia00000000000000002", "01kbmedia00000000000000003");
  }
}
