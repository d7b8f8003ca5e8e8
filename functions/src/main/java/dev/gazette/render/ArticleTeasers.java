package dev.gazette.render;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Topic;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.PageAddress;
import dev.gazette.site.SitePaths;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Turns the article summaries lists keep into teasers and topic labels with their links. */
final class ArticleTeasers {

  private final SitePaths paths;
  private final SiteLocale locale;
  private final PictureViews pictures;

  ArticleTeasers(SitePaths paths, SiteLocale locale) {
    this.paths = paths;
    this.locale = locale;
    this.pictures = new PictureViews(paths);
  }

  List<ArticleTeaser> of(List<ArticleSummary> summaries) {
    return summaries.stream().map(this::of).toList();
  }

  /** The teaser of a published article; its publication date must be set. */
  ArticleTeaser of(ArticleSummary summary) {
    Instant published = Objects.requireNonNull(summary.publishedAt(),
        () -> "article " + summary.id() + " has no publishedAt");
    PageAddress address = paths.article(summary.slug());
    // Lists keep titles and excerpts as typed; the typography is the page's.
    return new ArticleTeaser(summary.id(), summary.slug(), locale.typeset(summary.title()),
        address.path(OutputFormat.HTML), address.urlText(OutputFormat.HTML),
        locale.typeset(blankToNull(summary.excerpt())), blankToNull(summary.author()),
        blankToNull(summary.location()), locale.isoDate(published),
        locale.isoDate(updatedAt(summary)), locale.displayDate(published),
        topics(summary.topics()),
        summary.picture() == null ? null : pictures.thumbnail(summary.picture()));
  }

  List<TopicLabel> topics(List<Topic> topics) {
    return topics.stream().map(this::topic).toList();
  }

  TopicLabel topic(Topic topic) {
    PageAddress address = paths.topic(topic.slug());
    return new TopicLabel(topic.name(), topic.slug(), address.path(OutputFormat.HTML),
        address.urlText(OutputFormat.HTML));
  }

  /** When the article last changed: its updatedAt, or its publication if it never changed. */
  static Instant updatedAt(ArticleSummary summary) {
    return summary.updatedAt() == null ? summary.publishedAt() : summary.updatedAt();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
