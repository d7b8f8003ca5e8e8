package dev.gazette.render;

import java.util.List;

/**
 * The place on an article page where site-wide picks show. The HTML holds only a link to the
 * latest articles; a script swaps in the picks from {@code /recommended.json}, so new picks never
 * re-render article pages and readers without JavaScript still get a useful link.
 *
 * @param excluded the slugs the script leaves out of the picks: the page's own article and those
 *     "Aller plus loin" already shows on it
 */
public record RecommendedSlot(
    List<String> excluded, String sourcePath, String scriptPath, Link fallback) {

  public RecommendedSlot {
    excluded = List.copyOf(excluded);
  }

  /** The excluded slugs as the page carries them, space-separated (slugs hold no space). */
  public String excludedSlugs() {
    return String.join(" ", excluded);
  }
}
