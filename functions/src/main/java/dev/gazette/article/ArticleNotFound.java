package dev.gazette.article;

/** No article has this id. */
public final class ArticleNotFound extends RuntimeException {
  public ArticleNotFound(String id) {
    super("no article " + id);
  }
}
