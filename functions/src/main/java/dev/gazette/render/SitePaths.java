package dev.gazette.render;

import dev.gazette.article.Slug;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one place that names every S3 key and every public path and URL, so that a link and the
 * object it points to can never disagree. Each page kind has a base ("articles/my-slug"); the
 * output format decides the file name around it.
 */
public final class SitePaths {

  private final URI baseUrl;

  public SitePaths(Site site) {
    this.baseUrl = Objects.requireNonNull(site, "site").baseUrl();
  }

  /** The S3 key of an article in a format: "articles/my-slug/index.html". */
  public String articleKey(Slug slug, OutputFormat format) {
    return key(articleBase(slug), format);
  }

  /** The path readers request: "/articles/my-slug/". */
  public String articlePath(Slug slug, OutputFormat format) {
    return path(articleBase(slug), format);
  }

  /** The absolute URL readers and crawlers use: site URL + path. */
  public URI articleUrl(Slug slug, OutputFormat format) {
    return url(articlePath(slug, format));
  }

  /** Every key an article is published under, in format order; what to delete on unpublish. */
  public List<String> articleKeys(Slug slug) {
    return Arrays.stream(OutputFormat.values()).map(format -> articleKey(slug, format)).toList();
  }

  private static String articleBase(Slug slug) {
    return "articles/" + slug.value();
  }

  private static String key(String base, OutputFormat format) {
    return base + format.keySuffix();
  }

  private static String path(String base, OutputFormat format) {
    return "/" + base + format.pathSuffix();
  }

  private URI url(String path) {
    return URI.create(baseUrl + path);
  }
}
