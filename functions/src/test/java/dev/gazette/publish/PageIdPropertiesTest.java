package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.article.ArticleIds;
import dev.gazette.article.Slug;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** Every page's stored name reads back as the same page, and today's stored names still read. */
class PageIdPropertiesTest implements WithQuickTheories {

  @Test
  void everyPageReadsBackFromItsEncodedForm() {
    qt().withExamples(3000).forAll(pages()).checkAssert(page ->
        assertThat(PageId.parse(page.encode())).isEqualTo(page));
  }

  @Test
  void namesStoredByEarlierReleasesStillNameTheirPages() {
    ListId otan = ListId.topic(new Slug("otan"));
    assertThat(PageId.parse("article:01kbcd7e3f9g0h1j2k3m4n5p6q"))
        .isEqualTo(new PageId.Article("01kbcd7e3f9g0h1j2k3m4n5p6q"));
    assertThat(PageId.parse("front:site")).isEqualTo(new PageId.Front(ListId.site()));
    assertThat(PageId.parse("front:topic:otan")).isEqualTo(new PageId.Front(otan));
    assertThat(PageId.parse("month:topic:otan:2026-11"))
        .isEqualTo(new PageId.Month(otan, YearMonth.of(2026, 11)));
    assertThat(PageId.parse("month:site:1999-01"))
        .isEqualTo(new PageId.Month(ListId.site(), YearMonth.of(1999, 1)));
    assertThat(PageId.parse("sitemap-index")).isEqualTo(PageId.SiteWide.SITEMAP_INDEX);
    assertThat(PageId.parse("sitemap-news")).isEqualTo(PageId.SiteWide.NEWS_SITEMAP);
    assertThat(PageId.parse("recommended")).isEqualTo(PageId.SiteWide.PICKS);
    assertThat(PageId.parse("static")).isEqualTo(PageId.SiteWide.STATICS);
  }

  @Test
  void textThatNamesNoPageIsRefusedWithTheText() {
    for (String bad : new String[] {"", "article:", "front:", "front:topics:otan", "front:topic:OTAN",
        "month:site", "month:site:2026-13", "month:topic:otan:26-11", "month::2026-11", "page:x"}) {
      assertThatThrownBy(() -> PageId.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + bad + "\"");
    }
  }

  private Gen<PageId> pages() {
    Gen<PageId> articles = longs().between(0, 1L << 47).map(millis ->
        new PageId.Article(new ArticleIds(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC)).next()));
    Gen<PageId> fronts = listIds().map(PageId.Front::new);
    Gen<PageId> months = listIds().zip(integers().between(1, 9999), integers().between(1, 12),
        (list, year, month) -> new PageId.Month(list, YearMonth.of(year, month)));
    Gen<PageId> siteWide = arbitrary().enumValues(PageId.SiteWide.class).map(page -> (PageId) page);
    return articles.mix(fronts, 25).mix(months, 40).mix(siteWide, 15);
  }

  private Gen<ListId> listIds() {
    Gen<ListId> topics = strings().allPossible().ofLengthBetween(0, 120)
        .map(name -> ListId.topic(Slug.fromTitle(name)));
    return topics.mix(arbitrary().constant(ListId.site()), 20);
  }
}
