package dev.gazette.render;

import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Author;
import dev.gazette.article.Correction;
import dev.gazette.article.Picture;
import dev.gazette.article.PictureRendition;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the page model of an article for a site: picks the description, formats dates in the
 * site's zone, renders the body and its pictures safely, shows the lead picture, links its topics
 * and related articles, and writes the OpenGraph, Twitter card and JSON-LD NewsArticle data.
 */
public final class ArticlePages {

  /** Search engines cut meta descriptions around this length. */
  static final int DESCRIPTION_MAX_CHARS = 160;

  private final Site site;
  private final SitePaths paths;
  private final SiteLocale locale;
  private final MarkdownRenderer markdown;
  private final ArticleTeasers teasers;
  private final PictureViews pictures;
  private final String recommendedScriptPath;
  private final SiteChrome chrome;
  private final String embedScriptPath;

  /**
   * Pages load {@code recommendedScriptPath}, and {@code embedScriptPath} when they show an embed:
   * the scripts {@link StaticFiles} publishes.
   */
  public ArticlePages(Site site, SitePaths paths, SiteLocale locale, MarkdownRenderer markdown,
      String recommendedScriptPath, String embedScriptPath) {
    this.site = Objects.requireNonNull(site, "site");
    this.paths = Objects.requireNonNull(paths, "paths");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.markdown = Objects.requireNonNull(markdown, "markdown");
    this.teasers = new ArticleTeasers(paths, locale);
    this.pictures = new PictureViews(paths);
    this.recommendedScriptPath = Objects.requireNonNull(recommendedScriptPath, "script path");
    this.chrome = SiteChrome.of(site, paths);
    this.embedScriptPath = Objects.requireNonNull(embedScriptPath, "embed script path");
  }

  /**
   * The page of a published article with its pictures (lead and body, resolved) and the articles
   * it sends readers on to, best first.
   */
  public ArticlePage of(Article article, ArticlePictures shown, List<ArticleSummary> related) {
    Instant published = Objects.requireNonNull(article.publishedAt(),
        () -> "article " + article.id() + " has no publishedAt");
    Instant updated = article.updatedAt() == null ? published : article.updatedAt();
    Dates dates = new Dates(locale.isoDate(published), locale.isoDate(updated));
    Picture lead = shown.lead();
    // An article in another language than its site's keeps its own typography.
    Typeset typeset = new Typeset(FrenchSpacing.appliesTo(language(article)));
    // One parse gives the body and, when there is no summary, the description's words.
    RenderedBody body = markdown.render(article.body(), shown.inBody(), typeset.french());
    List<ArticleTeaser> relatedTeasers = teasers.of(related);
    return new ArticlePage(head(article, typeset, body, lead, dates), article.id(), article.slug(),
        typeset.of(article.title()), typeset.of(blankToNull(article.summary())), blankToNull(article.author()),
        blankToNull(article.location()), dates.published(), dates.updated(),
        locale.displayDate(published), lead == null ? null : pictures.lead(lead),
        lead == null ? List.of() : pictures.files(lead),
        body.html(),
        teasers.topics(article.topics()), relatedTeasers, recommended(article, relatedTeasers),
        locale.labels(), article.revisedAt() == null ? null : locale.isoDate(article.revisedAt()),
        article.revisedAt() == null ? null : locale.updatedDate(article.revisedAt()),
        corrections(article, typeset),
        Author.ofByline(article.author()).map(author -> paths.author(author.slug()).path(OutputFormat.HTML))
            .orElse(null),
        body.hasEmbeds() ? embedScriptPath : null);
  }

  /** The page's typography, from the article's language: what it does to each text. */
  private record Typeset(boolean french) {
    String of(String text) {
      return french ? FrenchSpacing.apply(text) : text;
    }
  }

  private String language(Article article) {
    return blankToNull(article.language()) == null ? site.language() : article.language();
  }

  private List<CorrectionNote> corrections(Article article, Typeset typeset) {
    return article.corrections().stream().map(note -> new CorrectionNote(
        locale.correctionHeading(note.kind(), note.at()), locale.isoDate(note.at()), note.kind().wireName(),
        typeset.of(note.text()))).toList();
  }

  /** Picks never repeat the page's article nor one "Aller plus loin" shows above them. */
  private RecommendedSlot recommended(Article article, List<ArticleTeaser> related) {
    Link latest = new Link(locale.labels().latest(), paths.home().path(OutputFormat.HTML));
    List<String> excluded = new ArrayList<>();
    excluded.add(article.slug().value());
    related.forEach(teaser -> excluded.add(teaser.slug().value()));
    return new RecommendedSlot(excluded,
        paths.recommended().path(OutputFormat.JSON), recommendedScriptPath, latest);
  }

  private PageHead head(Article article, Typeset typeset, RenderedBody body, Picture lead, Dates dates) {
    String summary = typeset.of(blankToNull(article.summary()));
    String description = Excerpt.of(summary != null ? summary : body.text(), DESCRIPTION_MAX_CHARS);
    URI canonical = paths.articleUrl(article.slug(), OutputFormat.HTML);
    String language = language(article);
    String title = typeset.of(article.title());
    ShareImage image = shareImage(lead);
    return new PageHead(title, description, canonical, language, site.name(),
        paths.home().path(OutputFormat.HTML), null,
        openGraph(article, title, description, canonical, dates, image), ShareImage.twitterCard(image),
        newsArticle(article, typeset, lead, description, canonical, language, dates), chrome);
  }

  /** The lead picture's share rendition, else the site's default image, else none. */
  private ShareImage shareImage(Picture lead) {
    ShareImage image = lead == null ? null : pictures.share(lead);
    if (image == null && site.shareImage() != null) {
      return new ShareImage(site.shareImage().toString(), 0, 0, null);
    }
    return image;
  }

  private List<MetaProperty> openGraph(
      Article article, String title, String description, URI canonical, Dates dates, ShareImage image) {
    List<MetaProperty> properties = new ArrayList<>(List.of(
        new MetaProperty("og:type", "article"),
        new MetaProperty("og:site_name", site.name()),
        new MetaProperty("og:locale", locale.openGraphLocale()),
        new MetaProperty("og:title", title),
        new MetaProperty("og:description", description),
        new MetaProperty("og:url", canonical.toString()),
        new MetaProperty("article:published_time", dates.published()),
        new MetaProperty("article:modified_time", dates.updated())));
    if (image != null) {
      properties.addAll(image.openGraph());
    }
    article.topics().forEach(topic -> properties.add(new MetaProperty("article:tag", topic.name())));
    return properties;
  }

  private JsonLd newsArticle(Article article, Typeset typeset, Picture lead, String description, URI canonical,
      String language, Dates dates) {
    List<PictureRendition> images = lead == null ? List.of() : pictures.structuredData(lead);
    Optional<Author> author = Author.ofByline(article.author());
    return JsonLd.streamed(json -> {
      json.writeStringField("@context", "https://schema.org");
      json.writeStringField("@type", "NewsArticle");
      json.writeStringField("headline", typeset.of(article.title()));
      json.writeStringField("description", description);
      json.writeStringField("datePublished", dates.published());
      json.writeStringField("dateModified", dates.updated());
      json.writeStringField("inLanguage", language);
      json.writeStringField("mainEntityOfPage", canonical.toString());
      if (!images.isEmpty()) {
        // Google asks for 16:9, 4:3 and 1:1 images of at least 50 000 pixels: ours are 1200
        // pixels wide, or as wide as the original allows.
        json.writeArrayFieldStart("image");
        for (PictureRendition rendition : images) {
          json.writeStartObject();
          json.writeStringField("@type", "ImageObject");
          json.writeStringField("url", pictures.url(lead, rendition));
          json.writeNumberField("width", rendition.width());
          json.writeNumberField("height", rendition.height());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (author.isPresent()) {
        json.writeObjectFieldStart("author");
        json.writeStringField("@type", "Person");
        json.writeStringField("name", author.get().name());
        json.writeStringField("url", paths.author(author.get().slug()).url(OutputFormat.HTML).toString());
        json.writeEndObject();
      }
      json.writeObjectFieldStart("publisher");
      json.writeStringField("@type", "Organization");
      json.writeStringField("name", site.name());
      json.writeEndObject();
      if (!article.corrections().isEmpty()) {
        json.writeArrayFieldStart("correction");
        for (Correction note : article.corrections()) {
          json.writeStartObject();
          json.writeStringField("@type", "CorrectionComment");
          json.writeStringField("text", typeset.of(note.text()));
          json.writeStringField("datePublished", locale.isoDate(note.at()));
          json.writeEndObject();
        }
        json.writeEndArray();
      }
    });
  }

  /** Publication and modification instants as ISO-8601 in the site's zone. */
  private record Dates(String published, String updated) {}

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
