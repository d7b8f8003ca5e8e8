package dev.gazette.render;

/**
 * The place on an article page where site-wide picks show. The HTML holds only a link to the
 * latest articles; a script swaps in the picks from {@code /recommended.json}, so new picks never
 * re-render article pages and readers without JavaScript still get a useful link.
 *
 * @param currentSlug the slug of the page's article, which the script leaves out of the picks
 */
public record RecommendedSlot(
    String currentSlug, String sourcePath, String scriptPath, Link fallback) {}
