package dev.gazette.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleSummary;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the page model of an article for a site: picks the description, formats dates in the
 * site's zone, renders the body safely, links its topics and related articles, and writes the
 * OpenGraph and JSON-LD NewsArticle data.
 */
public final class ArticlePages {

  /** Search engines cut meta descriptions around this length. */
  static final int DESCRIPTION_MAX_CHARS = 160;

  private final Site site;
  private final SitePaths paths;
  private final SiteLocale locale;
  private final MarkdownRenderer markdown;
  private final ArticleTeasers teasers;
  private final String recommendedScriptPath;

  /** Pages load {@code recommendedScriptPath}, the script {@link StaticFiles} publishes. */
  public ArticlePages(Site site, SitePaths paths, SiteLocale locale, MarkdownRenderer markdown,
      String recommendedScriptPath) {
    this.site = Objects.requireNonNull(site, "site");
    this.paths = Objects.requireNonNull(paths, "paths");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.markdown = Objects.requireNonNull(markdown, "markdown");
    this.teasers = new ArticleTeasers(paths, locale);
    this.recommendedScriptPath = Objects.requireNonNull(recommendedScriptPath, "script path");
  }

  /** The page of a published article and the articles it sends readers on to, best first. */
  public ArticlePage of(Article article, List<ArticleSummary> related) {
    Instant published = Objects.requireNonNull(article.publishedAt(),
        () -> "article " + article.id() + " has no publishedAt");
    Instant updated = article.updatedAt() == null ? published : article.updatedAt();
    Dates dates = new Dates(locale.isoDate(published), locale.isoDate(updated));
    return new ArticlePage(head(article, dates), article.id(), article.slug(), article.title(),
        blankToNull(article.summary()), blankToNull(article.author()),
        blankToNull(article.location()), dates.published(), dates.updated(),
        locale.displayDate(published), markdown.toHtml(article.body()),
        teasers.topics(article.topics()), teasers.of(related), recommended(article),
        locale.labels());
  }

  private RecommendedSlot recommended(Article article) {
    Link latest = new Link(locale.labels().latest(), paths.home().path(OutputFormat.HTML));
    return new RecommendedSlot(article.slug().value(),
        paths.recommended().path(OutputFormat.JSON), recommendedScriptPath, latest);
  }

  private PageHead head(Article article, Dates dates) {
    String summary = blankToNull(article.summary());
    String description = summary != null
        ? Excerpt.of(summary, DESCRIPTION_MAX_CHARS)
        : markdown.excerpt(article.body(), DESCRIPTION_MAX_CHARS);
    URI canonical = paths.articleUrl(article.slug(), OutputFormat.HTML);
    String language = blankToNull(article.language()) == null ? site.language() : article.language();
    return new PageHead(article.title(), description, canonical, language, site.name(),
        paths.home().path(OutputFormat.HTML), null,
        openGraph(article, description, canonical, dates),
        newsArticle(article, description, canonical, language, dates));
  }

  private List<MetaProperty> openGraph(
      Article article, String description, URI canonical, Dates dates) {
    List<MetaProperty> properties = new ArrayList<>(List.of(
        new MetaProperty("og:type", "article"),
        new MetaProperty("og:site_name", site.name()),
        new MetaProperty("og:locale", locale.openGraphLocale()),
        new MetaProperty("og:title", article.title()),
        new MetaProperty("og:description", description),
        new MetaProperty("og:url", canonical.toString()),
        new MetaProperty("article:published_time", dates.published()),
        new MetaProperty("article:modified_time", dates.updated())));
    article.topics().forEach(topic -> properties.add(new MetaProperty("article:tag", topic.name())));
    return properties;
  }

  private JsonLd newsArticle(
      Article article, String description, URI canonical, String language, Dates dates) {
    ObjectNode node = JsonNodeFactory.instance.objectNode()
        .put("@context", "https://schema.org")
        .put("@type", "NewsArticle")
        .put("headline", article.title())
        .put("description", description)
        .put("datePublished", dates.published())
        .put("dateModified", dates.updated())
        .put("inLanguage", language)
        .put("mainEntityOfPage", canonical.toString());
    String author = blankToNull(article.author());
    if (author != null) {
      node.putObject("author").put("@type", "Person").put("name", author);
    }
    node.putObject("publisher").put("@type", "Organization").put("name", site.name());
    return JsonLd.of(node);
  }

  /** Publication and modification instants as ISO-8601 in the site's zone. */
  private record Dates(String published, String updated) {}

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
