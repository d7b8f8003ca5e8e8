package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleSummary;
import dev.gazette.publish.related.TextSignature;
import dev.gazette.render.MarkdownRenderer;

/** Makes the entry lists keep for an article: its summary and its text signature. */
final class ListedArticles {
  /** Long enough for a teaser line under a title, short enough to keep list items small. */
  static final int EXCERPT_LENGTH = 220;
  private final MarkdownRenderer markdown;

  ListedArticles(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  ListEntry entryOf(Article article) {
    String excerpt = article.summary() != null
        ? article.summary()
        : markdown.excerpt(article.body(), EXCERPT_LENGTH);
    ArticleSummary summary = new ArticleSummary(article.id(), article.slug(), article.title(),
        excerpt, article.author(), article.location(), article.topics(), article.publishedAt(),
        article.updatedAt(), null);
    TextSignature signature = TextSignature.of(article.title(), article.summary(), article.body());
    return new ListEntry(summary, signature.weights());
  }
}
