package dev.gazette.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Follows every internal link a reader could click, from the pages it starts at, through the CDN.
 * Pages reached through a form only (the search page, with or without a query) are given as starts.
 */
final class SiteCrawler {
  private final Newsroom newsroom;
  private final String site;

  SiteCrawler(Newsroom newsroom, URI cdnUrl) {
    this.newsroom = newsroom;
    this.site = cdnUrl.toString();
  }

  /** What a crawl found: the pages it read and each link that answered anything but 200. */
  record Crawl(Set<String> pages, List<String> brokenLinks) {}

  Crawl from(String... starts) {
    List<String> broken = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(starts));
    Deque<String> queue = new ArrayDeque<>(List.of(starts));
    while (!queue.isEmpty()) {
      String path = queue.poll();
      HttpResponse<String> response = newsroom.read(path);
      if (response.statusCode() != 200) {
        broken.add(path + " (" + response.statusCode() + ")");
        continue;
      }
      if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        continue;
      }
      for (Element link : Jsoup.parse(response.body(), site + path).select("a[href]")) {
        String url = link.absUrl("href");
        if (url.startsWith(site + "/")) {
          String target = url.substring(site.length()).replaceAll("[#?].*$", "");
          if (seen.add(target)) {
            queue.add(target);
          }
        }
      }
    }
    return new Crawl(seen, broken);
  }
}
