package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Picture;
import dev.gazette.publish.related.TextSignature;
import dev.gazette.render.MarkdownRenderer;

/** Makes the entry lists keep for an article: its summary and its text signature. */
final class ListedArticles {
  /** Long enough for a teaser line under a title, short enough to keep list items small. */
  static final int EXCERPT_LENGTH = 220;
  static final String TEASER_CROP = "4x3";
  private final MarkdownRenderer markdown;

  ListedArticles(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** The entry of a published article; {@code lead} is its lead picture when ready, else null. */
  ListEntry entryOf(Article article, Picture lead) {
    String excerpt = article.summary() != null
        ? article.summary()
        : markdown.excerpt(article.body(), EXCERPT_LENGTH);
    ArticleSummary summary = new ArticleSummary(article.id(), article.slug(), article.title(),
        excerpt, article.author(), article.location(), article.topics(), article.publishedAt(),
        article.updatedAt(), lead == null ? null : teaserOf(lead));
    TextSignature signature = TextSignature.of(article.title(), article.summary(), article.body());
    return new ListEntry(summary, signature.weights());
  }

  /** Teasers show the 4:3 crop: lists keep only its renditions, so list items stay small. */
  private static Picture teaserOf(Picture lead) {
    return new Picture(lead.mediaId(), lead.imageHash(), lead.width(), lead.height(), lead.alt(),
        lead.caption(), lead.credit(), lead.crop(TEASER_CROP));
  }
}
