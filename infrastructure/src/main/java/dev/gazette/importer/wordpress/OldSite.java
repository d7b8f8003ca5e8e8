package dev.gazette.importer.wordpress;

import dev.gazette.article.Slug;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The old WordPress site's addresses, as the new one takes them: the file an uploads address
 * names, the slug a post name becomes, the paths that must answer 301.
 */
final class OldSite {
  private static final String UPLOADS = "/wp-content/uploads/";
  private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

  private OldSite() {}

  /** The file under the uploads folder an address names ({@code 2019/03/port.jpg}), or null. */
  static String uploadsFile(String url) {
    int at = url.indexOf(UPLOADS);
    if (at < 0) {
      return null;
    }
    String path = url.substring(at + UPLOADS.length()).replaceAll("[?#].*$", "");
    String file = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    return file.isEmpty() || file.contains("..") ? null : file;
  }

  /** The post's slug, as the site writes slugs (WordPress percent-encodes accented ones). */
  static String slug(String postName) {
    if (postName == null || postName.isBlank()) {
      return null;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(postName.strip(), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      decoded = postName.strip();
    }
    return Slug.fromTitle(decoded).value();
  }

  /** The addresses the post had: its permalink's path (and query) and {@code /?p=id}, which WordPress always answers. */
  static List<String> oldPaths(String permalink, String id) {
    Set<String> paths = new LinkedHashSet<>();
    if (permalink != null && !permalink.isBlank()) {
      try {
        URI link = new URI(permalink.strip());
        String path = link.getRawPath() == null || link.getRawPath().isEmpty() ? "/" : link.getRawPath();
        if (path.startsWith("/") && !path.startsWith("//")) {
          String old = link.getRawQuery() == null ? path : path + "?" + link.getRawQuery();
          paths.add(old);
          // WordPress writes accented permalinks %c3%a9, browsers and crawlers often %C3%A9: both answer.
          paths.add(PERCENT_ESCAPE.matcher(old).replaceAll(escape -> escape.group().toUpperCase(Locale.ROOT)));
        }
      } catch (URISyntaxException notAnAddress) {
        // Only /?p=id, then.
      }
    }
    paths.add("/?p=" + id);
    paths.remove("/");
    return List.copyOf(paths);
  }
}
