package dev.gazette.render;

/**
 * A plain text shortened to fit a limit at a word boundary, ending in "…" when it was cut; what
 * meta descriptions and list teasers show.
 */
final class Excerpt {

  private static final String ELLIPSIS = "…";

  private Excerpt() {}

  /** The text with whitespace collapsed, at most {@code maxChars} characters including "…". */
  static String of(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must leave room for a word: " + maxChars);
    }
    String tidy = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (tidy.length() <= maxChars) {
      return tidy;
    }
    int limit = maxChars - ELLIPSIS.length();
    int lastSpace = tidy.lastIndexOf(' ', limit);
    // A single word longer than the limit is cut inside the word rather than dropped.
    String cut = lastSpace > 0 ? tidy.substring(0, lastSpace) : tidy.substring(0, limit);
    return stripTrailingPunctuation(cut) + ELLIPSIS;
  }

  private static String stripTrailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && " ,;:-–—".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }
}
