package dev.gazette.site;

import dev.gazette.article.Topic;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public site every page belongs to: its name, where readers find it, the language and time
 * zone its pages are written in, the hosts article bodies may show images from, and the image
 * shared for a page that has no picture of its own ({@code shareImage}, or null), the topics of
 * the header's menu, in their order ({@code menu}, may be empty) and the text of the about page
 * ({@code about}, or null for the default one). Read once from the environment by each handler.
 */
public record Site(String name, URI baseUrl, Locale locale, ZoneId zone, Set<String> imageHosts,
    URI shareImage, List<Topic> menu, String about) {

  /** More would not fit a phone's menu, and every page carries it. */
  public static final int MENU_LIMIT = 12;

  public Site {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
    baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
    imageHosts = Set.copyOf(imageHosts);
    menu = List.copyOf(menu);
    about = about == null || about.isBlank() ? null : about.strip();
  }

  /**
   * The site described by SITE_URL (required: every link and feed is built on it), SITE_NAME,
   * SITE_LANGUAGE, SITE_TIMEZONE, IMAGE_HOSTS (comma-separated host names, none by default) and
   * SITE_IMAGE (the absolute https URL of the default share image; none when empty), SITE_MENU
 * (comma-separated topic names, "Économie, Environnement"; each links to the page of the topic
 * of that name; none when empty) and SITE_ABOUT (the about page's text; a default when empty).
   *
   * @throws IllegalArgumentException at start-up when SITE_URL is missing or not an http(s) URL,
   *     or SITE_IMAGE is set but not an absolute https URL, or SITE_MENU names too many topics
   */
  public static Site from(Map<String, String> env) {
    return new Site(
        env.getOrDefault("SITE_NAME", "Gazette"),
        siteUrl(env.get("SITE_URL")),
        Locale.forLanguageTag(env.getOrDefault("SITE_LANGUAGE", "fr")),
        ZoneId.of(env.getOrDefault("SITE_TIMEZONE", "Europe/Paris")),
        hostNames(env.getOrDefault("IMAGE_HOSTS", "")),
        shareImage(env.getOrDefault("SITE_IMAGE", "")),
        menu(env.getOrDefault("SITE_MENU", "")),
        env.getOrDefault("SITE_ABOUT", ""));
  }

  /** The language tag pages declare in {@code <html lang>}, e.g. "fr". */
  public String language() {
    return locale.toLanguageTag();
  }

  private static URI siteUrl(String value) {
    // Never a default: a Publisher deployed without it would publish links to another host.
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("SITE_URL is not set: the site's public address, "
          + "such as https://news.example.org, is needed to build its links");
    }
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("SITE_URL is not a URL: \"" + value + "\"", e);
    }
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
        || uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "SITE_URL must be an http(s) address such as https://news.example.org, not \"" + value + "\"");
    }
    return uri;
  }

  private static URI shareImage(String value) {
    if (value.isBlank()) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("SITE_IMAGE is not a URL: \"" + value + "\"", e);
    }
    // Pages write it into og:image as it is: crawlers need an absolute https address.
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("SITE_IMAGE must be an absolute https URL such as "
          + "https://news.example.org/share.jpg, not \"" + value + "\"");
    }
    return uri;
  }

  /** The topics named, slugged as articles' topics are, so an entry links to the same page. */
  private static List<Topic> menu(String list) {
    List<Topic> topics = Arrays.stream(list.split(","))
        .filter(name -> !name.isBlank())
        .map(Topic::named)
        .distinct()
        .toList();
    if (topics.size() > MENU_LIMIT) {
      throw new IllegalArgumentException("SITE_MENU names " + topics.size() + " topics; at most "
          + MENU_LIMIT + " fit the menu");
    }
    for (Topic topic : topics) {
      if (topic.name().length() > Topic.MAX_NAME_LENGTH || topic.slug().value().isEmpty()) {
        throw new IllegalArgumentException("SITE_MENU: not a topic name: \"" + topic.name() + "\"");
      }
    }
    return topics;
  }

  private static Set<String> hostNames(String list) {
    Set<String> hosts = Arrays.stream(list.split(","))
        .map(host -> host.strip().toLowerCase(Locale.ROOT))
        .filter(host -> !host.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    for (String host : hosts) {
      // A scheme, port or path would never equal a URL's host: say so at start-up, not never.
      if (!host.matches("[a-z0-9.-]+")) {
        throw new IllegalArgumentException(
            "IMAGE_HOSTS lists host names such as img.example.org, not \"" + host + "\"");
      }
    }
    return hosts;
  }

  private static URI withoutTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }
}
