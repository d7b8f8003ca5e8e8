package dev.gazette.local.cdn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The site's viewer-request function's reading of its key value store (template.yaml,
 * SiteIndexRewrite), in Java for the CDN stand-in: a folder asked for without its slash is looked
 * up with it; a path with a query string is looked up with it (names sorted) first, then alone,
 * and a path-only redirect keeps the reader's query string. SiteCdnTest runs the function itself
 * in Node against the same cases.
 */
public record RedirectLookup(Function<String, Optional<String>> store) {

  /** Where the CDN sends a reader asking for this raw path and query (null: none), if anywhere. */
  public Optional<String> locationFor(String rawPath, String rawQuery) {
    String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
    boolean folder = !rawPath.endsWith("/") && !last.contains(".");
    String path = folder ? rawPath + "/" : rawPath;
    String asked = canonicalQuery(rawQuery);
    if (!asked.isEmpty()) {
      Optional<String> exact = store.apply(path + "?" + asked);
      if (exact.isPresent()) {
        return exact;
      }
    }
    return store.apply(path).map(target -> asked.isEmpty() || target.contains("?") ? target : target + "?" + asked);
  }

  /**
   * The key the function looks this address up by: a folder with its slash, the query's names
   * sorted. What writes the store (an import's old permalinks) files addresses under it.
   */
  public static String storeKey(String rawPath, String rawQuery) {
    String last = rawPath.substring(rawPath.lastIndexOf('/') + 1);
    String path = !rawPath.endsWith("/") && !last.contains(".") ? rawPath + "/" : rawPath;
    String query = canonicalQuery(rawQuery);
    return query.isEmpty() ? path : path + "?" + query;
  }

  /** The query as the function rebuilds it from CloudFront's parsed query string: names sorted, values as sent. */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      pairs.add(eq < 0 ? new String[] {pair, ""} : new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
    }
    pairs.sort(Comparator.comparing(pair -> pair[0]));
    return String.join("&", pairs.stream().map(pair -> pair[1].isEmpty() ? pair[0] : pair[0] + "=" + pair[1]).toList());
  }
}
