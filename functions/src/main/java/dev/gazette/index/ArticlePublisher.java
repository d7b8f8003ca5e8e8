package dev.gazette.index;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleStore;
import dev.gazette.article.PageStore;
import dev.gazette.article.RenderedFile;
import dev.gazette.article.Slug;
import dev.gazette.render.ArticleRenderer;
import dev.gazette.render.SitePaths;
import java.util.Optional;
import java.util.Set;

/**
 * Brings an article's public pages in line with the table. It is told only that an article is
 * dirty and which slugs the change mentioned; what to publish comes from the table's current
 * state, so duplicate, replayed and out-of-order events all end in the same pages.
 */
public final class ArticlePublisher {
  private final ArticleStore articles;
  private final PageStore pages;
  private final ArticleRenderer renderer;
  private final SitePaths paths;

  public ArticlePublisher(ArticleStore articles, PageStore pages, ArticleRenderer renderer,
      SitePaths paths) {
    this.articles = articles;
    this.pages = pages;
    this.renderer = renderer;
    this.paths = paths;
  }

  public void refresh(String articleId, Set<Slug> slugsMentioned) {
    Optional<Article> current = articles.find(articleId);
    Optional<Slug> live = current.filter(Article::isPublished).map(Article::slug);
    if (live.isPresent()) {
      for (RenderedFile file : renderer.render(current.get())) {
        pages.put(file);
      }
    }
    for (Slug slug : slugsMentioned) {
      if (!live.equals(Optional.of(slug)) && noOtherArticleHolds(slug, articleId)) {
        paths.articleKeys(slug).forEach(pages::delete);
      }
    }
  }

  /** A freed slug may already serve another article: its pages are not ours to remove. */
  private boolean noOtherArticleHolds(Slug slug, String articleId) {
    return articles.idBySlug(slug).map(articleId::equals).orElse(true);
  }
}
