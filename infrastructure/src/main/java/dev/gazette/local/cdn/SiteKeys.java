package dev.gazette.local.cdn;

import java.util.Optional;

/** Maps a URL path of the site to the bucket key the CDN serves for it, as the production CDN is set up to. */
public final class SiteKeys {

  public static final String NOT_FOUND_PAGE = "404.html";
  private static final String INDEX = "index.html";

  private SiteKeys() {
  }

  /**
   * {@code /} → {@code index.html}, {@code /x/} → {@code x/index.html}, else the path without its
   * leading slash; empty for a path that tries to leave the site ({@code ..}), has an empty segment
   * or holds control characters or backslashes.
   *
   * @param decodedPath the request path, percent-decoded
   */
  public static Optional<String> forPath(String decodedPath) {
    if (decodedPath == null || !decodedPath.startsWith("/")) {
      return Optional.empty();
    }
    for (String segment : decodedPath.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return Optional.empty();
      }
    }
    if (decodedPath.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
      return Optional.empty();
    }
    if (decodedPath.contains("//")) {
      return Optional.empty();
    }
    String key = decodedPath.substring(1);
    return Optional.of(key.isEmpty() || key.endsWith("/") ? key + INDEX : key);
  }
}
