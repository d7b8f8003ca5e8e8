package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.article.Slug;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SitePathsTest {

  private final SitePaths paths =
      new SitePaths(Site.from(Map.of("SITE_URL", "https://news.example.org/")));
  private final Slug slug = new Slug("la-mairie-ouvre-une-bibliotheque");

  @Test
  void articleHtmlIsStoredAsAnIndexFileServedAtADirectoryPath() {
    assertThat(paths.articleKey(slug, OutputFormat.HTML))
        .isEqualTo("articles/la-mairie-ouvre-une-bibliotheque/index.html");
    assertThat(paths.articlePath(slug, OutputFormat.HTML))
        .isEqualTo("/articles/la-mairie-ouvre-une-bibliotheque/");
  }

  @Test
  void articleJsonSitsBesideTheArticleDirectory() {
    assertThat(paths.articleKey(slug, OutputFormat.JSON))
        .isEqualTo("articles/la-mairie-ouvre-une-bibliotheque.json");
    assertThat(paths.articlePath(slug, OutputFormat.JSON))
        .isEqualTo("/articles/la-mairie-ouvre-une-bibliotheque.json");
  }

  @Test
  void absoluteUrlIsTheSiteUrlWithoutItsTrailingSlashPlusThePath() {
    assertThat(paths.articleUrl(slug, OutputFormat.HTML))
        .isEqualTo(URI.create("https://news.example.org/articles/la-mairie-ouvre-une-bibliotheque/"));
    assertThat(paths.articleUrl(slug, OutputFormat.JSON))
        .isEqualTo(URI.create("https://news.example.org/articles/la-mairie-ouvre-une-bibliotheque.json"));
  }

  @Test
  void articleKeysListEveryObjectToDeleteOnUnpublish() {
    assertThat(paths.articleKeys(slug)).containsExactly(
        "articles/la-mairie-ouvre-une-bibliotheque/index.html",
        "articles/la-mairie-ouvre-une-bibliotheque.json");
  }

  @Test
  void pathOfAFileAndTheKeyItIsStoredUnderAgreeForEveryFormat() {
    for (OutputFormat format : OutputFormat.values()) {
      String path = paths.articlePath(slug, format);
      String key = paths.articleKey(slug, format);
      // The CDN serves "<dir>/" from "<dir>/index.html".
      String served = path.endsWith("/") ? path + "index.html" : path;
      assertThat(served).isEqualTo("/" + key);
    }
  }

  @Test
  void homeAndSiteFeedLiveAtTheRoot() {
    assertThat(paths.home().key(OutputFormat.HTML)).isEqualTo("index.html");
    assertThat(paths.home().path(OutputFormat.HTML)).isEqualTo("/");
    assertThat(paths.home().url(OutputFormat.HTML))
        .isEqualTo(URI.create("https://news.example.org/"));
    assertThat(paths.home().key(OutputFormat.ATOM)).isEqualTo("feed.xml");
    assertThat(paths.home().url(OutputFormat.ATOM))
        .isEqualTo(URI.create("https://news.example.org/feed.xml"));
  }

  @Test
  void theRootHasNoFileBesideIt() {
    assertThatThrownBy(() -> paths.home().key(OutputFormat.JSON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void topicFrontHasAPageAJsonDocumentBesideItAndAFeedInside() {
    Slug otan = new Slug("otan");

    assertThat(paths.topic(otan).key(OutputFormat.HTML)).isEqualTo("topics/otan/index.html");
    assertThat(paths.topic(otan).path(OutputFormat.HTML)).isEqualTo("/topics/otan/");
    assertThat(paths.topic(otan).key(OutputFormat.JSON)).isEqualTo("topics/otan.json");
    assertThat(paths.topic(otan).path(OutputFormat.JSON)).isEqualTo("/topics/otan.json");
    assertThat(paths.topic(otan).key(OutputFormat.ATOM)).isEqualTo("topics/otan/feed.xml");
    assertThat(paths.topic(otan).url(OutputFormat.ATOM))
        .isEqualTo(URI.create("https://news.example.org/topics/otan/feed.xml"));
    assertThat(paths.topicKeys(otan)).containsExactly(
        "topics/otan/index.html", "topics/otan.json", "topics/otan/feed.xml");
  }

  @Test
  void monthArchivesAreFixedDirectoriesNamedByYearAndMonth() {
    YearMonth november = YearMonth.of(2026, 11);

    assertThat(paths.siteMonth(november).path(OutputFormat.HTML)).isEqualTo("/archives/2026-11/");
    assertThat(paths.topicMonth(new Slug("otan"), november).key(OutputFormat.HTML))
        .isEqualTo("topics/otan/2026-11/index.html");
    assertThat(paths.topicMonth(new Slug("otan"), november).path(OutputFormat.HTML))
        .isEqualTo("/topics/otan/2026-11/");
    assertThat(paths.topicMonthKeys(new Slug("otan"), november))
        .containsExactly("topics/otan/2026-11/index.html");
    assertThat(paths.siteMonthKeys(november))
        .containsExactly("archives/2026-11/index.html", "sitemaps/2026-11.xml");
  }

  @Test
  void sitemapsRecommendedPicksAndRobotsHaveFixedNames() {
    assertThat(paths.sitemapIndex().key(OutputFormat.XML)).isEqualTo("sitemap.xml");
    assertThat(paths.sitemapChunk(YearMonth.of(2026, 11)).url(OutputFormat.XML))
        .isEqualTo(URI.create("https://news.example.org/sitemaps/2026-11.xml"));
    assertThat(paths.newsSitemap().path(OutputFormat.XML)).isEqualTo("/sitemap-news.xml");
    assertThat(paths.recommended().path(OutputFormat.JSON)).isEqualTo("/recommended.json");
    assertThat(paths.robots().key(OutputFormat.TEXT)).isEqualTo("robots.txt");
    assertThat(paths.notFoundKey()).isEqualTo("404.html");
  }

  @Test
  void assetNamesCarryTheirHash() {
    assertThat(paths.asset("recommended", "1a2b3c4d").path(OutputFormat.JAVASCRIPT))
        .isEqualTo("/assets/recommended.1a2b3c4d.js");
    assertThatThrownBy(() -> paths.asset("../secret", "1a2b3c4d"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> paths.asset("recommended", "xyz"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyPageIsServedAtThePathItsLinksUse() {
    Slug otan = new Slug("otan");
    YearMonth november = YearMonth.of(2026, 11);
    record Published(PageAddress address, OutputFormat format) {}
    List<Published> pages = List.of(
        new Published(paths.home(), OutputFormat.HTML),
        new Published(paths.home(), OutputFormat.ATOM),
        new Published(paths.topic(otan), OutputFormat.HTML),
        new Published(paths.topic(otan), OutputFormat.JSON),
        new Published(paths.topic(otan), OutputFormat.ATOM),
        new Published(paths.topicMonth(otan, november), OutputFormat.HTML),
        new Published(paths.siteMonth(november), OutputFormat.HTML),
        new Published(paths.sitemapIndex(), OutputFormat.XML),
        new Published(paths.sitemapChunk(november), OutputFormat.XML),
        new Published(paths.newsSitemap(), OutputFormat.XML),
        new Published(paths.recommended(), OutputFormat.JSON),
        new Published(paths.asset("recommended", "1a2b3c4d"), OutputFormat.JAVASCRIPT),
        new Published(paths.robots(), OutputFormat.TEXT));

    for (Published page : pages) {
      String path = page.address().path(page.format());
      // The CDN serves "<dir>/" from "<dir>/index.html".
      String served = path.endsWith("/") ? path + "index.html" : path;
      assertThat(served).isEqualTo("/" + page.address().key(page.format()));
      assertThat(page.address().url(page.format()).toString())
          .isEqualTo("https://news.example.org" + path);
    }
  }

  @Test
  void theCdnCachesAPageUnderItsKeyAsTheRewriteFunctionLeavesThePath() {
    assertThat(paths.cachedPath(paths.articleKey(slug, OutputFormat.HTML)))
        .isEqualTo("/articles/la-mairie-ouvre-une-bibliotheque/index.html");
    assertThat(paths.cachedPath(paths.articleKey(slug, OutputFormat.JSON)))
        .isEqualTo("/articles/la-mairie-ouvre-une-bibliotheque.json");
    assertThat(paths.cachedPath(paths.home().key(OutputFormat.HTML))).isEqualTo("/index.html");
  }

  @Test
  void aCachedPathIsEscapedAsABrowserSendsItAndOnlyKeysHaveOne() {
    assertThat(paths.cachedPath("articles/été 2026/index.html")).isEqualTo("/articles/%C3%A9t%C3%A9%202026/index.html");
    for (String notAKey : new String[] {"", "/articles/x/index.html", "articles/x/", "articles//x.json"}) {
      assertThatThrownBy(() -> paths.cachedPath(notAKey)).as(notAKey).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
