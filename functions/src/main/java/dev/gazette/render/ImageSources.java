package dev.gazette.render;

import dev.gazette.site.Site;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where an article body may show images from: https on one of the site's allowed image hosts, a
 * path on the site, or the site's own address. Anything else would let an editor's body make
 * readers' browsers call a server the newsroom never chose.
 */
final class ImageSources {

  private final URI site;
  private final Set<String> hosts;

  private ImageSources(URI site, Set<String> hosts) {
    this.site = site;
    this.hosts = Set.copyOf(hosts);
  }

  static ImageSources of(Site site) {
    return new ImageSources(site.baseUrl(), site.imageHosts());
  }

  /** Paths on the site only: for a renderer that knows no site. */
  static ImageSources pathsOnly() {
    return new ImageSources(null, Set.of());
  }

  boolean allows(String src) {
    if (src == null || src.isEmpty() || !plain(src)) {
      return false;
    }
    if (src.startsWith("/")) {
      // "//host/…" is another site's address, not a path on ours.
      return !src.startsWith("//");
    }
    URI uri;
    try {
      uri = new URI(src);
    } catch (URISyntaxException e) {
      return false;
    }
    if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return scheme.equals("https") && (uri.getPort() == -1 || uri.getPort() == 443)
        && hosts.contains(host)
        || onSite(scheme, host, uri.getPort());
  }

  private boolean onSite(String scheme, String host, int port) {
    return site != null
        && scheme.equalsIgnoreCase(site.getScheme())
        && host.equalsIgnoreCase(site.getHost())
        && port == site.getPort();
  }

  // Browsers skip tabs and newlines inside URLs and read a backslash as a slash: refuse them all.
  private static boolean plain(String src) {
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c <= ' ' || c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
