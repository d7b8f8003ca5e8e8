package dev.gazette.article;

import java.util.List;

/** One page of a listing, newest change first; {@code nextCursor} is null on the last page. */
public record ArticleQueryResult(List<Article> articles, String nextCursor) {
  public ArticleQueryResult {
    articles = List.copyOf(articles);
  }
}
