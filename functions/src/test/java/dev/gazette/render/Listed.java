package dev.gazette.render;

import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Picture;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import dev.gazette.site.ArchiveMonth;
import dev.gazette.site.Site;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.NodeList;

/** Summaries as the Publisher's lists hand them to renderers, and readers of published files. */
final class Listed {

  static final Site SITE = Site.from(Map.of(
      "SITE_NAME", "Gazette", "SITE_URL", "https://news.example.org"));

  private Listed() {}

  /** A published article filed under the topics, published and last updated at the instants. */
  static ArticleSummary article(String title, String published, String updated, String... topics) {
    Slug slug = Slug.fromTitle(title);
    return new ArticleSummary("id-" + slug.value(), slug, title, "Extrait de " + title + ".",
        "C.M.", "Lyon", Arrays.stream(topics).map(Topic::named).toList(),
        Instant.parse(published), Instant.parse(updated), null);
  }

  /** The same summary, listed with the article's lead picture. */
  static ArticleSummary withPicture(ArticleSummary summary, Picture picture) {
    return new ArticleSummary(summary.id(), summary.slug(), summary.title(), summary.excerpt(),
        summary.author(), summary.location(), summary.topics(), summary.publishedAt(),
        summary.updatedAt(), picture);
  }

  /** The HTML page of a small published article, as ArticleRenderer publishes it. */
  static Document articlePage(String title) {
    Instant published = Instant.parse("2026-11-20T09:00:00Z");
    Article article = new Article("id-1", Slug.fromTitle(title), Set.of(), title, null, "Texte.", "C.M.",
        "Lyon", List.of(Topic.named("Économie")), Status.PUBLISHED, published, published,
        published, 1, "fr", null, null);
    return html(SiteRenderers.of(SITE).articles().render(article, ArticlePictures.NONE, List.of()).get(0));
  }

  /** What a browser would run in the page: inline scripts, event handlers, script URLs. */
  static List<String> runnable(Document page) {
    List<String> found = new ArrayList<>();
    page.select("script").forEach(script -> {
      if (!script.attr("type").equals("application/ld+json") && !script.attr("src").startsWith("/assets/")) {
        found.add(script.outerHtml());
      }
    });
    page.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
      String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
      if (attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")
          || (URL_ATTRIBUTES.contains(attribute.getKey()) && value.matches("(?s)(javascript|vbscript|data):.*"))) {
        found.add(element.normalName() + " " + attribute);
      }
    }));
    return found;
  }

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "data");

  static ArchiveMonth month(String month, long count, String lastModified) {
    return new ArchiveMonth(YearMonth.parse(month), count, Instant.parse(lastModified));
  }

  static RenderedFile file(List<RenderedFile> files, String key) {
    List<String> keys = files.stream().map(RenderedFile::key).toList();
    return files.stream().filter(f -> f.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " among " + keys));
  }

  static Document html(RenderedFile file) {
    return Jsoup.parse(text(file));
  }

  static String text(RenderedFile file) {
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }

  /** The file parsed by the JDK's namespace-aware XML parser: it fails on malformed XML. */
  static org.w3c.dom.Document xml(RenderedFile file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.bytes()));
  }

  /** The text of every element with this namespace and local name, in document order. */
  static List<String> texts(org.w3c.dom.Document xml, String namespace, String name) {
    NodeList nodes = xml.getElementsByTagNameNS(namespace, name);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }
}
