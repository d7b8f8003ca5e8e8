package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.Editor;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorPagesTest {
  private static final String SITE = "https://news.example.org";
  private final PublisherFixture newsroom = new PublisherFixture();
  private final InMemoryPageStore pages = newsroom.pages;
  private final Editor editor = new Editor("u-2", "Rédaction", true);

  private Article publishBy(String author, String title) {
    newsroom.clock.tick();
    Article article = newsroom.desk.create(byline(author, title, "published"), editor);
    newsroom.publisher.refresh(article.id(), Set.of(article.slug()));
    return article;
  }

  private Article edit(Article current, ArticleContent content) {
    newsroom.clock.tick();
    Article next = newsroom.desk.replace(current.id(), current.version(), content, editor);
    newsroom.publisher.refresh(next.id(), new java.util.LinkedHashSet<>(List.of(current.slug(), next.slug())));
    return next;
  }

  private static ArticleContent byline(String author, String title, String status) {
    return new ArticleContent(title, null, "Texte de l’article.", author, "Rabat",
        List.of("Société"), status, null, null, null, null);
  }

  private String text(String key) {
    assertThat(pages.files).containsKey(key);
    return pages.text(key);
  }

  private Map<String, byte[]> snapshot() {
    Map<String, byte[]> copy = new HashMap<>();
    pages.files.forEach((key, file) -> copy.put(key, file.bytes()));
    return copy;
  }

  private List<String> filesMentioning(String needle) {
    return pages.files.entrySet().stream()
        .filter(file -> new String(file.getValue().bytes(), StandardCharsets.UTF_8).contains(needle))
        .map(Map.Entry::getKey).toList();
  }

  @Test
  void aPublishedArticleIsListedOnItsAuthorsPageJsonFeedAndMonth() {
    Article article = publishBy("Amélie Naïm", "Le tramway de Casablanca prolongé");
    String url = "/articles/" + article.slug() + "/";

    assertThat(text("auteurs/amelie-naim/index.html")).contains(url, "Amélie Naïm", "\"ProfilePage\"",
        "\"Person\"", SITE + "/auteurs/amelie-naim/");
    assertThat(text("auteurs/amelie-naim.json")).contains("\"author\"", article.slug().value());
    assertThat(text("auteurs/amelie-naim/feed.xml")).contains(article.slug().value());
    assertThat(text("auteurs/amelie-naim/2026-11/index.html")).contains(url);
    assertThat(text("articles/" + article.slug() + "/index.html"))
        .contains("<a href=\"/auteurs/amelie-naim/\" rel=\"author\">Amélie Naïm</a>")
        .contains("\"url\":\"" + SITE + "/auteurs/amelie-naim/\"");
    assertThat(text("sitemaps/auteurs.xml")).contains(SITE + "/auteurs/amelie-naim/");
    assertThat(text("sitemap.xml")).contains(SITE + "/sitemaps/auteurs.xml");
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();
  }

  @Test
  void bylinesWithTheSameSlugAreOneAuthorNamedAsTheNewestArticleSpellsIt() {
    Article older = publishBy("Amelie Naim", "Le tramway de Casablanca prolongé");
    Article newer = publishBy("Amélie  Naïm", "La ligne 3 du tramway ouvre");

    String page = text("auteurs/amelie-naim/index.html");
    assertThat(page).contains("/articles/" + older.slug() + "/", "/articles/" + newer.slug() + "/")
        .contains("<h1>Amélie Naïm</h1>");
  }

  @Test
  void anUnpublishedArticleLeavesItsAuthorsPageAndTheLastOneTakesThePageAway() {
    Article first = publishBy("Karim Tazi", "La saison des pluies commence tôt");
    Article second = publishBy("Karim Tazi", "Les barrages se remplissent");

    edit(first, byline("Karim Tazi", first.title(), "draft"));
    assertThat(text("auteurs/karim-tazi/index.html")).doesNotContain(first.slug().value())
        .contains(second.slug().value());

    newsroom.delete(newsroom.articles.find(second.id()).orElseThrow());
    assertThat(pages.files.keySet()).noneMatch(key -> key.startsWith("auteurs/karim-tazi"));
    assertThat(pages.files).doesNotContainKey("sitemaps/auteurs.xml");
    assertThat(text("sitemap.xml")).doesNotContain("auteurs");
    assertThat(filesMentioning("/auteurs/karim-tazi")).isEmpty();
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();
  }

  @Test
  void aBylineChangeMovesTheArticleToItsNewAuthorInTheSameChange() {
    Article article = publishBy("Karim Tazi", "Les barrages se remplissent");

    edit(article, byline("Salma Idrissi", article.title(), "published"));

    assertThat(pages.files.keySet()).noneMatch(key -> key.startsWith("auteurs/karim-tazi"));
    assertThat(text("auteurs/salma-idrissi/index.html")).contains(article.slug().value());
    assertThat(text("sitemaps/auteurs.xml")).contains("/auteurs/salma-idrissi/").doesNotContain("karim-tazi");
    assertThat(filesMentioning("/auteurs/karim-tazi")).isEmpty();
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();
  }

  @Test
  void replayingAChangeRewritesNoAuthorPage() {
    Article article = publishBy("Karim Tazi", "Les barrages se remplissent");
    Article moved = edit(article, byline("Salma Idrissi", article.title(), "published"));
    Map<String, byte[]> before = snapshot();
    long written = newsroom.counters.written();

    newsroom.publisher.refresh(moved.id(), Set.of(moved.slug()));
    newsroom.publisher.refresh(moved.id(), Set.of(moved.slug()));

    assertThat(newsroom.counters.written()).isEqualTo(written);
    assertThat(snapshot()).containsOnlyKeys(before.keySet());
  }
}
