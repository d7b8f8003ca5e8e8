package dev.gazette.local.http;

/**
 * The path and query of a request as the client wrote them, percent-escapes and all: what API
 * Gateway puts in {@code rawPath} and {@code rawQueryString}.
 *
 * @param rawQuery the query without its {@code ?}; empty when there is none
 */
public record RequestTarget(String rawPath, String rawQuery) {

  /** Splits a request-line target; an absolute one ({@code http://host/path}) keeps only its path. */
  public static RequestTarget parse(String target) {
    String rest = target;
    if (rest.startsWith("http://") || rest.startsWith("https://")) {
      int path = rest.indexOf('/', rest.indexOf("://") + 3);
      rest = path < 0 ? "/" : rest.substring(path);
    }
    int fragment = rest.indexOf('#');
    if (fragment >= 0) {
      rest = rest.substring(0, fragment);
    }
    int query = rest.indexOf('?');
    return query < 0 ? new RequestTarget(rest, "")
        : new RequestTarget(rest.substring(0, query), rest.substring(query + 1));
  }

  /** True if every {@code %} starts an escape of two hex digits, as a server must be able to decode. */
  public boolean wellEscaped() {
    return wellEscaped(rawPath) && wellEscaped(rawQuery);
  }

  private static boolean wellEscaped(String text) {
    for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
      if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
          || Character.digit(text.charAt(i + 2), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
