package dev.gazette.site;

/**
 * A form a page is published in: its media type, how its file is named beside the page's base
 * path, and how long CDNs and browsers keep it unless the page's kind says otherwise (an
 * article's, see {@link CacheLifetime}). Formats are data, not code paths.
 */
public enum OutputFormat {
  HTML("text/html; charset=utf-8", "/index.html", "/", CacheLifetime.SHARED),
  JSON("application/json; charset=utf-8", ".json", ".json", CacheLifetime.SHARED),
  ATOM("application/atom+xml; charset=utf-8", "/feed.xml", "/feed.xml", CacheLifetime.SHARED),
  /** Sitemaps. */
  XML("application/xml; charset=utf-8", ".xml", ".xml", CacheLifetime.SHARED),
  JAVASCRIPT("text/javascript; charset=utf-8", ".js", ".js", CacheLifetime.IMMUTABLE),
  /** robots.txt. */
  TEXT("text/plain; charset=utf-8", ".txt", ".txt", CacheLifetime.SHARED),
  /** The site's icons and web manifest, at the fixed names browsers ask for. */
  SVG("image/svg+xml", ".svg", ".svg", CacheLifetime.SITE_ICON),
  PNG("image/png", ".png", ".png", CacheLifetime.SITE_ICON),
  ICO("image/x-icon", ".ico", ".ico", CacheLifetime.SITE_ICON),
  WEB_MANIFEST("application/manifest+json", ".webmanifest", ".webmanifest", CacheLifetime.SITE_ICON);

  private final String mediaType;
  private final String keySuffix;
  private final String pathSuffix;
  private final CacheLifetime lifetime;

  OutputFormat(String mediaType, String keySuffix, String pathSuffix, CacheLifetime lifetime) {
    this.mediaType = mediaType;
    this.keySuffix = keySuffix;
    this.pathSuffix = pathSuffix;
    this.lifetime = lifetime;
  }

  /** How long caches may keep a file whose name changes with its content (assets, renditions). */
  public static String immutableCacheControl() {
    return CacheLifetime.IMMUTABLE.cacheControl();
  }

  /** The Content-Type of the stored object. */
  public String mediaType() {
    return mediaType;
  }

  /** How long a file of this format is kept when its page's kind does not say otherwise. */
  public CacheLifetime lifetime() {
    return lifetime;
  }

  /** What follows a page's base in its S3 key: "articles/x" + "/index.html". */
  String keySuffix() {
    return keySuffix;
  }

  /** What follows a page's base in its public path: "/articles/x" + "/". */
  String pathSuffix() {
    return pathSuffix;
  }
}
