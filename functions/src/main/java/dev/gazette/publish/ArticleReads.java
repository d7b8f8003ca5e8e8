package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleSummary;
import java.util.List;
import java.util.Optional;

/**
 * What an article's page is rendered from: the article, what was last published of it, and its
 * related list. The Publisher reads them from the table, page by page; a rebuild reads them for
 * a page of articles at once ({@link PrefetchedReads}).
 */
interface ArticleReads {

  /** The article if it is published. */
  Optional<Article> published(String id);

  PublishedState state(String id);

  Optional<List<ArticleSummary>> related(String id);

  /** Each read a request of its own, strongly consistent. */
  static ArticleReads direct(PublisherParts parts) {
    return new ArticleReads() {
      @Override
      public Optional<Article> published(String id) {
        return parts.articles().find(id).filter(Article::isPublished);
      }

      @Override
      public PublishedState state(String id) {
        return parts.lists().state(id);
      }

      @Override
      public Optional<List<ArticleSummary>> related(String id) {
        return parts.related().related(id);
      }
    };
  }
}
