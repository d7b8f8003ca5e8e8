package dev.gazette.publish;

import static dev.gazette.publish.PublisherFixture.content;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.Picture;
import dev.gazette.media.MediaItem;
import dev.gazette.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {
  private static final String SITE = "https://news.example.org";
  private final PublisherFixture newsroom = new PublisherFixture();
  private final InMemoryPageStore pages = newsroom.pages;

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
  void anArticleWithAPictureIsListedWithItsFourByThreeTeaserAndRecordedAsShowingIt() {
    MediaItem picture = newsroom.readyPicture("Des grues au-dessus du port", "Le port à l'aube.");
    Article article = newsroom.publishWithPicture("Le port de Tanger Med s'agrandit", picture, "Économie");

    assertThat(newsroom.publisher.articlesShowing(picture.id())).containsExactly(article.id());
    String page = text("articles/" + article.slug() + "/index.html");
    assertThat(page).contains("<picture>", "16x9-1280.webp", "Des grues au-dessus du port",
        "Le port à l'aube.", "og:image", "max-image-preview:large");
    assertThat(text("index.html")).contains("4x3-640.jpg");
    Picture teaser = newsroom.listings.latest(ListId.site(), 1).get(0).summary().picture();
    assertThat(teaser.alt()).isEqualTo("Des grues au-dessus du port");
    assertThat(teaser.renditions()).isNotEmpty().allSatisfy(rendition ->
        assertThat(rendition.crop()).isEqualTo("4x3"));
  }

  @Test
  void aPictureBeingProcessedAgainLeavesTheTeaserButStaysFollowed() {
    MediaItem picture = newsroom.readyPicture("Le quai", null);
    Article article = newsroom.publishWithPicture("Le quai de Safi", picture, "Économie");
    newsroom.media.replace(picture, picture.processing().next(Instant.parse("2026-12-01T00:00:00Z")));

    newsroom.publisher.refresh(article.id(), Set.of());

    assertThat(newsroom.listings.latest(ListId.site(), 1).get(0).summary().picture()).isNull();
    assertThat(newsroom.publisher.articlesShowing(picture.id())).containsExactly(article.id());
  }

  @Test
  void unpublishingAnArticleFreesItsPictures() {
    MediaItem picture = newsroom.readyPicture("Le quai", null);
    Article article = newsroom.publishWithPicture("Le quai d'Essaouira", picture, "Économie");
    newsroom.desk.unpublish(article.id(), article.version());
    newsroom.publisher.refresh(article.id(), Set.of());

    assertThat(newsroom.publisher.articlesShowing(picture.id())).isEmpty();
  }

  @Test
  void aPublishedArticleIsListedOnItsTopicPagesHomeFeedsAndSitemaps() {
    Article article = newsroom.publish("L’usine de dessalement d’Agadir entre en service",
        "L’eau **dessalée** arrive.", "Environnement", "Économie");
    String url = "/articles/" + article.slug() + "/";
    assertThat(text("articles/" + article.slug() + "/index.html")).contains("L’usine de dessalement");
    assertThat(text("topics/environnement/index.html")).contains(url);
    assertThat(text("topics/economie/index.html")).contains(url);
    assertThat(text("topics/economie.json")).contains(article.slug().value());
    assertThat(text("topics/economie/feed.xml")).contains(article.slug().value());
    assertThat(text("index.html")).contains(url);
    assertThat(text("feed.xml")).contains(article.slug().value());
    assertThat(text("topics/economie/2026-11/index.html")).contains(url);
    assertThat(text("archives/2026-11/index.html")).contains(url);
    assertThat(text("sitemaps/2026-11.xml")).contains(SITE + url);
    assertThat(text("sitemap.xml")).contains(SITE + "/sitemaps/2026-11.xml");
    assertThat(text("sitemap-news.xml")).contains(SITE + url);
    assertThat(text("recommended.json")).contains(article.slug().value());
    assertThat(text("articles/" + article.slug() + "/index.html")).contains("/topics/economie/");
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();
  }

  @Test
  void aDraftAppearsNowhere() {
    newsroom.publish("Un article public", "Texte.", "Société");
    newsroom.clock.tick();
    Article draft = newsroom.desk.create(content("Brouillon confidentiel", "Texte secret.",
        List.of("Société"), "draft"), new dev.gazette.article.Editor("u", "U"));
    newsroom.publisher.refresh(draft.id(), Set.of(draft.slug()));
    assertThat(filesMentioning("Brouillon confidentiel")).isEmpty();
    assertThat(filesMentioning(draft.slug().value())).isEmpty();
  }

  @Test
  void aRetitledArticleShowsItsNewTitleEverywhereItIsListed() {
    Article first = newsroom.publish("Le port de Tanger Med agrandit son terminal",
        "Le port de Tanger Med ouvre un terminal à conteneurs.", "Économie");
    Article second = newsroom.publish("Tanger Med : le nouveau terminal à conteneurs ouvre",
        "Le terminal à conteneurs du port de Tanger Med accueille ses premiers navires.", "Économie");
    assertThat(text("articles/" + second.slug() + "/index.html")).contains("agrandit son terminal");

    newsroom.edit(first, content("Tanger Med double sa capacité", first.body(), List.of("Économie"), "published"));

    assertThat(filesMentioning("agrandit son terminal")).isEmpty();
    assertThat(filesMentioning("Tanger Med double sa capacité")).contains(
        "articles/" + first.slug() + "/index.html", "articles/" + second.slug() + "/index.html",
        "topics/economie/index.html", "topics/economie/feed.xml", "index.html", "feed.xml",
        "archives/2026-11/index.html");
  }

  @Test
  void unpublishingDeletingAndRenamingLeaveNoBrokenLinks() {
    Article a = newsroom.publish("Festival de Marrakech : la sélection officielle", "Films et cinéma.", "Culture");
    Article b = newsroom.publish("Festival de Marrakech : un premier film sénégalais", "Cinéma et films.", "Culture", "Société");
    Article c = newsroom.publish("Festival de Marrakech : la soirée d’ouverture", "Les films restaurés.", "Culture");

    newsroom.edit(a, content(a.title(), a.body(), List.of("Culture"), "draft"));
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();
    assertThat(filesMentioning(a.slug().value())).isEmpty();

    newsroom.delete(newsroom.articles.find(b.id()).orElseThrow());
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();
    assertThat(pages.files).doesNotContainKeys("topics/societe/index.html", "topics/societe.json");

    ArticleContent renamed = new ArticleContent(c.title(), null, c.body(), null, "Rabat",
        List.of("Culture"), "published", null, "ouverture-du-festival", null, null);
    newsroom.edit(c, renamed);
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();
    assertThat(text("articles/" + c.slug() + "/index.html"))
        .contains("url=" + SITE + "/articles/ouverture-du-festival/");
    assertThat(pages.files).doesNotContainKey("articles/" + c.slug() + ".json");
    assertThat(text("topics/culture/index.html")).contains("/articles/ouverture-du-festival/");
  }

  @Test
  void aRenamedArticleOnceDeletedLeavesNoRedirectAndANewArticleMayTakeItsOldAddress() {
    Article first = newsroom.publish("Festival de Marrakech : la soirée d’ouverture", "Les films restaurés.", "Culture");
    String old = first.slug().value();
    Article renamed = newsroom.edit(first, new ArticleContent(first.title(), null, first.body(), null,
        "Rabat", List.of("Culture"), "published", null, "ouverture-du-festival", null, null));
    assertThat(text("articles/" + old + "/index.html")).contains("url=" + SITE + "/articles/ouverture-du-festival/");

    newsroom.delete(renamed);
    assertThat(pages.files).doesNotContainKeys("articles/" + old + "/index.html", "articles/" + old + ".json",
        "articles/ouverture-du-festival/index.html", "articles/ouverture-du-festival.json");
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();

    Article newcomer = newsroom.publish(first.title(), "Une autre soirée d’ouverture.", "Culture");
    assertThat(newcomer.slug().value()).isEqualTo(old);
    assertThat(text("articles/" + old + "/index.html")).contains("Une autre soirée d’ouverture.");
    assertThat(SiteLinks.broken(snapshot(), SITE)).isEmpty();
  }

  @Test
  void replayingEveryChangeWritesNothing() {
    Article a = newsroom.publish("Les Lions de l’Atlas qualifiés", "Victoire contre le Gabon.", "Sport");
    Article b = newsroom.publish("Les Lions de l’Atlas têtes de série", "Le tirage au sort approche.", "Sport");
    newsroom.edit(a, content("Les Lions de l’Atlas qualifiés pour la CAN", a.body(), List.of("Sport"), "published"));
    Map<String, byte[]> before = snapshot();
    long written = newsroom.counters.written();

    for (String id : List.of(a.id(), b.id(), a.id(), b.id())) {
      newsroom.publisher.refresh(id, Set.of(a.slug(), b.slug()));
    }

    assertThat(newsroom.counters.written()).isEqualTo(written);
    assertThat(snapshot()).containsOnlyKeys(before.keySet());
    before.forEach((key, bytes) -> assertThat(pages.files.get(key).bytes()).as(key).isEqualTo(bytes));
  }

  @Test
  void aNewArticleIsLinkedFromItsClosestOlderNeighbour() {
    Article older = newsroom.publish("Pénurie d’eau : les barrages du Souss à sec",
        "Les barrages du Souss sont presque vides ; l’eau potable manque à Agadir.", "Environnement");
    newsroom.publish("Marathon de Casablanca : record battu", "Les coureurs ont battu le record.", "Sport");
    Article newer = newsroom.publish("Agadir : l’usine de dessalement contre la pénurie d’eau",
        "L’usine de dessalement fournira l’eau potable d’Agadir malgré les barrages vides.", "Environnement");
    String olderPage = text("articles/" + older.slug() + "/index.html");
    assertThat(olderPage).contains("/articles/" + newer.slug() + "/");
    assertThat(olderPage).doesNotContain("marathon");
  }

  @Test
  void anArchiveMonthIsNotRewrittenWhenALaterMonthGetsAnArticle() {
    newsroom.publish("Un article de novembre", "Texte.", "Économie");
    RenderedFile november = pages.files.get("topics/economie/2026-11/index.html");
    newsroom.clock.set(Instant.parse("2026-12-02T09:00:00Z"));
    newsroom.publish("Un article de décembre", "Texte.", "Économie");
    assertThat(pages.files.get("topics/economie/2026-11/index.html")).isSameAs(november);
    assertThat(text("topics/economie/2026-12/index.html")).contains("décembre");
    assertThat(text("topics/economie/index.html")).contains("/topics/economie/2026-11/")
        .contains("/topics/economie/2026-12/");
  }
}
