package dev.gazette.site;

import java.net.URI;
import java.util.List;

/**
 * Where one page lives: its S3 key, public path and absolute URL in each output format. Only
 * {@link SitePaths} makes one, so a link and the object it points to always agree.
 */
public final class PageAddress {

  private final URI siteUrl;
  private final String base;

  PageAddress(URI siteUrl, String base) {
    this.siteUrl = siteUrl;
    this.base = base;
  }

  /** The S3 key: "topics/otan" + "/index.html"; the site root's page is "index.html". */
  public String key(OutputFormat format) {
    return join(format.keySuffix(), format);
  }

  /** The path readers request: "/topics/otan/"; the site root is "/". */
  public String path(OutputFormat format) {
    return "/" + join(format.pathSuffix(), format);
  }

  /** The absolute URL readers and crawlers use: site URL + path. */
  public URI url(OutputFormat format) {
    return URI.create(urlText(format));
  }

  /**
   * The same URL as text, for pages and documents, which name a dozen of them each. Not parsed:
   * the site URL is, and every base {@link SitePaths} makes is of slugs, months and fixed names.
   */
  public String urlText(OutputFormat format) {
    return siteUrl + path(format);
  }

  /** The keys of this page in each format, in the order given; what to delete when it goes. */
  public List<String> keys(List<OutputFormat> formats) {
    return formats.stream().map(this::key).toList();
  }

  private String join(String suffix, OutputFormat format) {
    if (!base.isEmpty()) {
      return base + suffix;
    }
    // The root is a directory: only files inside it ("/index.html", "/feed.xml") exist there.
    if (!suffix.startsWith("/")) {
      throw new IllegalArgumentException("the site root has no " + format + " file");
    }
    return suffix.substring(1);
  }
}
