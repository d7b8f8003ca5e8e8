package dev.gazette.render;

import java.net.URI;
import java.util.List;

/**
 * What every page declares in its {@code <head>} and its chrome: title, description, canonical
 * URL, language, feed, OpenGraph properties, Twitter card and JSON-LD. The layout renders it for
 * any page.
 *
 * @param canonicalUrl the page's own URL, or null for a page at no address (404)
 * @param homePath where the site name in the header links
 * @param feedUrl the Atom feed of the page, or null
 * @param twitterCard "summary_large_image", "summary", or null for a page not meant to be shared
 * @param jsonLd structured data, or null
 * @param chrome the site's header, menu and footer, the same on every page
 */
public record PageHead(
    String title,
    String description,
    URI canonicalUrl,
    String language,
    String siteName,
    String homePath,
    URI feedUrl,
    List<MetaProperty> openGraph,
    String twitterCard,
    JsonLd jsonLd,
    SiteChrome chrome) {

  public PageHead {
    openGraph = List.copyOf(openGraph);
  }
}
