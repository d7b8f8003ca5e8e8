package dev.gazette.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.Editor;
import dev.gazette.render.SiteRenderers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticlePreviewsTest {
  private final PublisherFixture newsroom = new PublisherFixture();
  private final ArticlePreviews previews = new ArticlePreviews(() -> SiteRenderers.of(newsroom.site),
      newsroom.media, newsroom.related);
  private final Editor editor = new Editor("u-2", "Sam Diallo");

  @Test
  void aPreviewIsTheArticlePageThePublisherWritesMarkedNoindex() {
    Article published = newsroom.publish("Le port de Nador", "Le port **grandit**.", "Économie");
    String written = newsroom.pages.text("articles/" + published.slug().value() + "/index.html");

    String preview = previews.page(newsroom.desk.preview(PublisherFixture.content("Le port de Nador",
        "Le port **grandit**.", List.of("Économie"), "published"), published.id(), editor));

    assertThat(written).contains(ArticlePreviews.PUBLISHED_ROBOTS);
    assertThat(preview).contains(ArticlePreviews.PREVIEW_ROBOTS).doesNotContain(ArticlePreviews.PUBLISHED_ROBOTS)
        .contains("<strong>grandit</strong>");
    assertThat(preview.replace(ArticlePreviews.PREVIEW_ROBOTS, ArticlePreviews.PUBLISHED_ROBOTS))
        .as("apart from the robots line, the page the Publisher wrote").isEqualTo(written);
  }

  @Test
  void aStoredArticlesPreviewShowsItsRelatedListAndANewOneShowsNone() {
    Article first = newsroom.publish("Le port de Nador s’agrandit", "Un quai de plus au port.", "Ports");
    Article second = newsroom.publish("Le port de Tanger s’agrandit", "Un quai de plus au port de Tanger.", "Ports");

    String stored = previews.page(newsroom.desk.preview(PublisherFixture.content("Le port de Tanger s’agrandit",
        "Un quai de plus.", List.of("Ports"), "draft"), second.id(), editor));
    String fresh = previews.page(newsroom.desk.preview(PublisherFixture.content("Un port neuf",
        "Un quai de plus.", List.of("Ports"), "draft"), null, editor));

    assertThat(stored).contains(first.title());
    assertThat(fresh).doesNotContain(first.title()).doesNotContain(second.title());
  }

  @Test
  void aPreviewWritesNoPage() {
    newsroom.publish("En ligne", "Le texte.", "Économie");
    Map<String, ?> before = Map.copyOf(newsroom.pages.files);
    int writes = newsroom.pages.writes.size();

    previews.page(newsroom.desk.preview(new ArticleContent(null, null, "Un brouillon.", null, null, null, null,
        null, null, null, null), null, editor));

    assertThat(newsroom.pages.writes).hasSize(writes);
    assertThat(newsroom.pages.files).isEqualTo(before);
  }
}
