package dev.gazette.render;

import java.net.URI;
import java.util.List;

/**
 * What every page declares in its {@code <head>}: title, description, canonical URL, language,
 * OpenGraph properties and JSON-LD. The layout template renders it for any kind of page.
 */
public record PageHead(
    String title,
    String description,
    URI canonicalUrl,
    String language,
    String siteName,
    List<MetaProperty> openGraph,
    JsonLd jsonLd) {

  public PageHead {
    openGraph = List.copyOf(openGraph);
  }
}
