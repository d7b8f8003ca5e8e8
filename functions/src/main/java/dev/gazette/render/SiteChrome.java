package dev.gazette.render;

import dev.gazette.site.OutputFormat;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What surrounds every page: the header (site name, topic menu, search box), the footer's links
 * and the words around them. Built from the site's settings alone, never from its articles, so a
 * change to a topic's articles never changes another page's chrome.
 *
 * @param menu the configured topics (SITE_MENU), in their order; empty hides the menu
 * @param searchPath where the search form sends {@code q}: "/recherche/"
 * @param footer archives, feed, sitemap and about links
 */
public record SiteChrome(
    String siteName,
    String homePath,
    List<Link> menu,
    String searchPath,
    List<Link> footer,
    Words words) {

  /** The theme colour of the header, the icons and the manifest. */
  public static final String THEME_COLOUR = "#0b57a4";

  public SiteChrome {
    menu = List.copyOf(menu);
    footer = List.copyOf(footer);
  }

  /** The labels of the chrome in the site's language. */
  public record Words(String skip, String menu, String search, String searchLabel, String footer,
      String breadcrumb, String home, String emptyList) {}

  /** The chrome of this site, in its language (the {@code chrome.*} keys of its bundle). */
  static SiteChrome of(Site site, SitePaths paths) {
    ResourceBundle bundle = bundle(site.locale());
    String home = paths.home().path(OutputFormat.HTML);
    List<Link> menu = site.menu().stream()
        .map(topic -> new Link(topic.name(), paths.topic(topic.slug()).path(OutputFormat.HTML)))
        .toList();
    List<Link> footer = List.of(
        new Link(bundle.getString("chrome.archives"), home + "#archives"),
        new Link(bundle.getString("chrome.feed"), paths.home().path(OutputFormat.ATOM)),
        new Link(bundle.getString("chrome.sitemap"), paths.sitemapIndex().path(OutputFormat.XML)),
        new Link(bundle.getString("chrome.about"), paths.about().path(OutputFormat.HTML)));
    Words words = new Words(bundle.getString("chrome.skip"), bundle.getString("chrome.menu"),
        bundle.getString("chrome.search"), bundle.getString("chrome.searchLabel"),
        bundle.getString("chrome.footer"), bundle.getString("chrome.breadcrumb"),
        bundle.getString("chrome.home"), bundle.getString("chrome.emptyList"));
    return new SiteChrome(site.name(), home, menu, paths.search().path(OutputFormat.HTML), footer, words);
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("dev.gazette.render.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
