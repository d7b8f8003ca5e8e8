package dev.gazette.runtime;

import org.slf4j.MDC;

/**
 * What every log line of an invocation carries: the request id, and the article or picture being
 * worked on.
 * Fields live in SLF4J's MDC, which {@link JsonLogLine} writes on each line; scopes remove them.
 */
public final class LogContext {
  public static final String REQUEST_ID = "requestId";
  public static final String ARTICLE_ID = "articleId";
  public static final String MEDIA_ID = "mediaId";

  private LogContext() {}

  /** A scope for one invocation: every line logged until it closes carries the request id. */
  public static Scope invocation(String requestId) {
    MDC.clear();
    MDC.put(REQUEST_ID, requestId);
    return MDC::clear;
  }

  /** A scope for work on one article inside an invocation. */
  public static Scope article(String articleId) {
    if (articleId == null) {
      return () -> { };
    }
    MDC.put(ARTICLE_ID, articleId);
    return () -> MDC.remove(ARTICLE_ID);
  }

  /** A scope for work on one picture of the library. */
  public static Scope media(String mediaId) {
    MDC.put(MEDIA_ID, mediaId);
    return () -> MDC.remove(MEDIA_ID);
  }

  /** A try-with-resources scope that closes without checked exceptions. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
