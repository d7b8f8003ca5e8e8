package dev.gazette.render;

import static dev.gazette.render.Listed.SITE;
import static dev.gazette.render.Listed.file;
import static dev.gazette.render.Listed.html;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Embeds on an article page: a paragraph holding only a provider's URL becomes a block that
 * names the provider, links to the original and asks before loading anything from it.
 */
class ArticleEmbedsTest {

  private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");
  private static final String KEY = "articles/la-regate/index.html";
  private static final List<String> PROVIDER_HOSTS = List.of("youtube.com", "youtube-nocookie.com",
      "youtu.be", "vimeo.com", "dailymotion.com", "dai.ly", "twitter.com", "x.com", "instagram.com",
      "tiktok.com");

  private final SiteRenderers renderers = SiteRenderers.of(SITE);

  private static Article article(String body) {
    return new Article("id-1", new Slug("la-regate"), Set.of(), "La régate", null, body, "C.M.",
        "Brest", List.of(Topic.named("Sport")), Status.PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED, 1,
        "fr", null, null);
  }

  private RenderedFile page(String body) {
    return file(renderers.articles().render(article(body), ArticlePictures.NONE, List.of()), KEY);
  }

  @Test
  void aParagraphHoldingOnlyAProvidersUrlBecomesAClickToLoadBlock() {
    Document page = html(page("Le départ.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n"
        + "<https://vimeo.com/76979871>\n\nL’arrivée."));

    Elements blocks = page.select("div.body figure.embed");
    assertThat(blocks).hasSize(2);
    Element youtube = blocks.get(0);
    assertThat(youtube.attr("data-embed-src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    assertThat(youtube.attr("data-embed-title")).isEqualTo("Vidéo YouTube");
    assertThat(youtube.selectFirst("figcaption").text()).isEqualTo("Vidéo YouTube");
    assertThat(youtube.selectFirst("a").attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assertThat(youtube.selectFirst("a").text()).isEqualTo("Voir sur YouTube");
    Element button = youtube.selectFirst("button");
    assertThat(button.attr("type")).isEqualTo("button");
    assertThat(button.hasAttr("hidden")).as("shown by the script only, useless without it").isTrue();
    assertThat(blocks.get(1).attr("data-embed-src")).isEqualTo("https://player.vimeo.com/video/76979871");
    assertThat(blocks.get(1).selectFirst("figcaption").text()).isEqualTo("Vidéo Vimeo");
    assertThat(page.select("div.body > p").eachText()).containsExactly("Le départ.", "L’arrivée.");
    assertThat(page.select("script[src]").eachAttr("src")).contains(renderers.statics().embedScriptPath());
  }

  @Test
  void nothingOnThePageCallsAProviderBeforeTheClick() {
    Document page = html(page("https://youtu.be/dQw4w9WgXcQ\n\nhttps://x.com/gazette/status/185\n\n"
        + "https://www.instagram.com/p/C1a2B3c4D5e/\n\nhttps://www.tiktok.com/@gazette/video/73\n\n"
        + "https://dai.ly/x8abc12"));

    assertThat(page.select("iframe, img, video, audio, object, embed, source")).isEmpty();
    for (Element element : page.getAllElements()) {
      element.attributes().forEach(attribute -> {
        boolean allowed = attribute.getKey().equals("data-embed-src")
            || attribute.getKey().equals("href") && element.tagName().equals("a");
        if (!allowed) {
          assertThat(attribute.getValue().toLowerCase()).as(element.tagName() + " " + attribute.getKey())
              .doesNotContain(PROVIDER_HOSTS);
        }
      });
      assertThat(element.ownText().toLowerCase()).as("text of " + element.tagName())
          .doesNotContain("https://", "youtube-nocookie", "platform.twitter");
    }
  }

  @Test
  void aUrlWithinTextOrAnUnknownOneStaysAnOrdinaryLinkOrText() {
    Document page = html(page("Voir https://youtu.be/dQw4w9WgXcQ ici.\n\n"
        + "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ\n\n"
        + "[la vidéo](https://youtu.be/dQw4w9WgXcQ)\n\n"
        + "- https://youtu.be/dQw4w9WgXcQ\n\n"
        + "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe>"));

    assertThat(page.select("figure.embed, iframe")).isEmpty();
    assertThat(page.select("script[src]").eachAttr("src")).doesNotContain(renderers.statics().embedScriptPath());
    assertThat(page.selectFirst("div.body").text()).contains("<iframe");
  }

  @Test
  void theEmbedsUrlIsNoWordOfTheDescription() {
    Document page = html(page("https://youtu.be/dQw4w9WgXcQ\n\nLa course a commencé."));
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("La course a commencé.");
  }

  @Test
  void theJsonDocumentCarriesTheSameBlock() {
    RenderedFile json = file(renderers.articles().render(article("https://vimeo.com/76979871"),
        ArticlePictures.NONE, List.of()), "articles/la-regate.json");
    assertThat(new String(json.bytes(), StandardCharsets.UTF_8))
        .contains("data-embed-src=\\\"https://player.vimeo.com/video/76979871\\\"");
  }
}
