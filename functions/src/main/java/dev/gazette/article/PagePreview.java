package dev.gazette.article;

/**
 * Renders an article that is not stored, as readers would get its page: how the desk shows an
 * editor their work before it is saved or published. Nothing it renders is written anywhere.
 */
@FunctionalInterface
public interface PagePreview {

  /** A preview for an API that was built without renderers: every call is refused. */
  PagePreview UNAVAILABLE = article -> {
    throw new IllegalStateException("this editor API was built without a page preview");
  };

  /** The article's HTML page, marked for search engines not to index. */
  String page(Article article);
}
