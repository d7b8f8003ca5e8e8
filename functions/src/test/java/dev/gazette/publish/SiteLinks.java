package dev.gazette.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Follows every internal link of the HTML pages in a bucket and lists those that lead nowhere. */
final class SiteLinks {
  private SiteLinks() {}

  static List<String> broken(Map<String, byte[]> files, String siteUrl) {
    List<String> broken = new ArrayList<>();
    files.forEach((key, bytes) -> {
      if (!key.endsWith(".html")) {
        return;
      }
      Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), siteUrl + "/" + key);
      for (Element link : page.select("a[href]")) {
        String url = link.absUrl("href");
        if (!url.startsWith(siteUrl + "/")) {
          continue;
        }
        String path = url.substring(siteUrl.length()).replaceAll("[#?].*$", "");
        String target = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
        if (!files.containsKey(target)) {
          broken.add(key + " -> " + path);
        }
      }
    });
    return broken;
  }
}
