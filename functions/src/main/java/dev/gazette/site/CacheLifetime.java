package dev.gazette.site;

/**
 * How long the CDN and browsers may keep a file, by what the file is. Article pages are
 * invalidated when they change (the Publisher asks the CDN to forget them), so the CDN may keep
 * them long; the pages many changes touch (home, topic fronts, archives, feeds, sitemaps) are
 * never invalidated, so they live short enough that readers see news within a minute.
 */
public enum CacheLifetime {
  /**
   * Home, fronts, month pages, feeds, sitemaps, robots.txt, the 404 page, recommended picks. The
   * CDN keeps a copy 30 s and may answer with it 30 s more while it refetches; browsers count the
   * copy's Age against max-age, so no reader gets a copy older than a minute past its writing.
   */
  SHARED("public, max-age=30, s-maxage=30, stale-while-revalidate=30"),
  /**
   * An article's page, its JSON and the redirect left at an old slug: invalidated on every change,
   * so the CDN keeps them a day (a lost invalidation heals within that day, and is alarmed).
   * Browsers keep 60 s, which no invalidation reaches; stale answers only a minute past expiry.
   */
  ARTICLE("public, max-age=60, s-maxage=86400, stale-while-revalidate=60"),
  /**
   * The site's icons and manifest: fixed names (browsers ask for /favicon.ico, pages link the
   * others), new bytes only with a release, so a day everywhere.
   */
  SITE_ICON("public, max-age=86400, s-maxage=86400"),
  /** A file whose name carries its content hash: new content is a new name, never a stale copy. */
  IMMUTABLE("public, max-age=31536000, immutable");

  private final String cacheControl;

  CacheLifetime(String cacheControl) {
    this.cacheControl = cacheControl;
  }

  /** The Cache-Control header of a stored object of this kind. */
  public String cacheControl() {
    return cacheControl;
  }
}
