package dev.gazette.publish;

/** Another Publisher changed an article's published state first; the caller starts over. */
public final class ConcurrentPublish extends RuntimeException {
  public ConcurrentPublish(String articleId) {
    super("published state of " + articleId + " changed concurrently");
  }
}
