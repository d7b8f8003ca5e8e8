package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.Picture;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The description of a page without a summary comes from the body, read in the same parse as the
 * body's HTML: the words must be those a reader reads, as lists' excerpts give them, whatever the
 * Markdown holds (links, emphasis, raw HTML, entities, pictures the page shows as figures).
 */
class ArticleDescriptionTest {

  private static final Instant PUBLISHED = Instant.parse("2026-11-20T09:00:00Z");

  private final SiteRenderers renderers = SiteRenderers.of(Listed.SITE);
  private final Picture map = SamplePictures.smallScan();

  private Document page(String body) {
    Article article = new Article("id-1", Slug.fromTitle("Un article"), Set.of(), "Un article",
        null, body, "C.M.", "Lyon", List.of(Topic.named("Société")), Status.PUBLISHED, PUBLISHED,
        PUBLISHED, PUBLISHED, 1, "fr", null, null);
    ArticlePictures pictures = new ArticlePictures(SamplePictures.harbour(), Map.of("m2scan", map));
    return Listed.html(renderers.articles().render(article, pictures, List.of()).get(0));
  }

  /** The description in the meta tag, OpenGraph and JSON-LD, which must all agree. */
  private String description(String body) throws Exception {
    Document page = page(body);
    String meta = page.selectFirst("meta[name=description]").attr("content");
    assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(meta);
    assertThat(new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
        .path("description").asText()).isEqualTo(meta);
    // Lists take their excerpt from the body by another path, as typed, and teasers set its
    // spaces when shown: the same words.
    assertThat(FrenchSpacing.apply(new MarkdownRenderer().excerpt(body, ArticlePages.DESCRIPTION_MAX_CHARS)))
        .isEqualTo(meta);
    return meta;
  }

  @Test
  void linksAndEmphasisGiveTheirWordsAndNoTargets() throws Exception {
    assertThat(description("Voir [le rapport](https://rapport.example \"titre\") et *l'avis* du "
        + "**juge _lui-même_**, `code` inclus.\n\n- un\n- deux\n\n1. trois\n2. quatre\n\n"
        + "Lien <https://exemple.org/a?b=c&d=e>, [ref][1] et [vide]().\n\n[1]: https://ref.example"))
        .isEqualTo("Voir le rapport et l'avis du juge lui-même, code inclus. un deux trois quatre "
            + "Lien https://exemple.org/a?b=c&d=e, ref et vide.");
  }

  @Test
  void rawHtmlIsLeftOutAndEntitiesAreTheirCharacters() throws Exception {
    assertThat(description("Un <b>gras</b>, <script>alert(1)</script> et &amp; &eacute; &#233; "
        + "&#x41; &nbsp;fin &copy; &lt;tag&gt;.\n\n<div>\nbloc\n</div>\n\n<!-- note -->\n\n"
        + "    code indenté\n\n```\nbloc de code\n```\n\nFin."))
        .isEqualTo("Un gras, alert(1) et & é é A \u00a0fin © <tag>. Fin.");
  }

  @Test
  void picturesTheBodyShowsAndImagesItDoesNotLeaveNoWords() throws Exception {
    assertThat(description("Image ![alt *emph*](https://evil.example/x.png) et "
        + "![ok](/media/x.png \"t\").\n\navant![collée](media:m2scan)après\n\n"
        + "![seule](media:m2scan \"Légende\")\n\n![inconnue](media:zzz999)\n\n# Titre\n\nTexte  \ndur\net doux."))
        .isEqualTo("Image et . avantaprès Titre Texte dur et doux.");
  }

  @Test
  void aLongBodyIsCutAtAWordWithWhitespaceCollapsed() throws Exception {
    assertThat(description("Tabs\tet  espaces\n\ndes\u2003mots ; " + "mot ".repeat(60)))
        .isEqualTo("Tabs et espaces des\u2003mots\u202f; " + "mot ".repeat(32) + "mot…");
  }
}
