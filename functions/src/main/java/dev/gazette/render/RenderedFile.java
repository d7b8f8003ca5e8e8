package dev.gazette.render;

import dev.gazette.site.CacheLifetime;
import dev.gazette.site.OutputFormat;

/** One file of the public site: where it goes, its bytes, and how CDNs and browsers treat it. */
public record RenderedFile(String key, byte[] bytes, String contentType, String cacheControl) {

  /** The bytes as a file of this format stored under the key, with the format's headers. */
  public static RenderedFile of(OutputFormat format, String key, byte[] bytes) {
    return of(format, format.lifetime(), key, bytes);
  }

  /** The same with the lifetime of the page's kind (an article's page is invalidated, so kept long). */
  public static RenderedFile of(OutputFormat format, CacheLifetime lifetime, String key, byte[] bytes) {
    return new RenderedFile(key, bytes, format.mediaType(), lifetime.cacheControl());
  }
}
