package dev.gazette.site;

/**
 * A form a page is published in: its media type, how its file is named beside the page's base
 * path, and how long CDNs and browsers may keep it. Formats are data, not code paths.
 */
public enum OutputFormat {
  HTML("text/html; charset=utf-8", "/index.html", "/", Caching.SHORT),
  JSON("application/json; charset=utf-8", ".json", ".json", Caching.SHORT),
  ATOM("application/atom+xml; charset=utf-8", "/feed.xml", "/feed.xml", Caching.SHORT),
  /** Sitemaps. */
  XML("application/xml; charset=utf-8", ".xml", ".xml", Caching.SHORT),
  JAVASCRIPT("text/javascript; charset=utf-8", ".js", ".js", Caching.IMMUTABLE),
  /** robots.txt. */
  TEXT("text/plain; charset=utf-8", ".txt", ".txt", Caching.SHORT);

  private final String mediaType;
  private final String keySuffix;
  private final String pathSuffix;
  private final String cacheControl;

  OutputFormat(String mediaType, String keySuffix, String pathSuffix, String cacheControl) {
    this.mediaType = mediaType;
    this.keySuffix = keySuffix;
    this.pathSuffix = pathSuffix;
    this.cacheControl = cacheControl;
  }

  /** How long caches may keep a file whose name changes with its content (assets, renditions). */
  public static String immutableCacheControl() {
    return Caching.IMMUTABLE;
  }

  /** The Content-Type of the stored object. */
  public String mediaType() {
    return mediaType;
  }

  /** The Cache-Control of the stored object. */
  public String cacheControl() {
    return cacheControl;
  }

  /** What follows a page's base in its S3 key: "articles/x" + "/index.html". */
  String keySuffix() {
    return keySuffix;
  }

  /** What follows a page's base in its public path: "/articles/x" + "/". */
  String pathSuffix() {
    return pathSuffix;
  }

  private static final class Caching {
    // Pages are short-lived in caches: an edited or retracted article must show within minutes.
    // Browsers keep 60 s, the CDN 5 min, and stale-while-revalidate answers at once while the
    // CDN refetches, so readers never wait on the origin for a popular page.
    static final String SHORT = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";
    // An asset's name carries its content hash: new content is a new name, never a stale copy.
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
  }
}
