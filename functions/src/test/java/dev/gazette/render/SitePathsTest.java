package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Slug;
import java.net.URI;
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
}
