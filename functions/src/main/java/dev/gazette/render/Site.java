package dev.gazette.render;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The public site every page belongs to: its name, where readers find it, and the language and
 * time zone its pages are written in. Read once from the environment by each handler.
 */
public record Site(String name, URI baseUrl, Locale locale, ZoneId zone) {

  public Site {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(zone, "zone");
    baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
  }

  /** The site described by SITE_NAME, SITE_URL, SITE_LANGUAGE and SITE_TIMEZONE, with defaults. */
  public static Site from(Map<String, String> env) {
    return new Site(
        env.getOrDefault("SITE_NAME", "Gazette"),
        URI.create(env.getOrDefault("SITE_URL", "http://localhost:8080")),
        Locale.forLanguageTag(env.getOrDefault("SITE_LANGUAGE", "fr")),
        ZoneId.of(env.getOrDefault("SITE_TIMEZONE", "Europe/Paris")));
  }

  /** The language tag pages declare in {@code <html lang>}, e.g. "fr". */
  public String language() {
    return locale.toLanguageTag();
  }

  private static URI withoutTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }
}
