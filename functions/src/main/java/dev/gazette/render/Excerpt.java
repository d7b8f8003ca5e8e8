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
    String tidy = tidy(text == null ? "" : text.strip(), maxChars + 1);
    if (tidy.length() <= maxChars) {
      return tidy;
    }
    int limit = maxChars - ELLIPSIS.length();
    int lastSpace = tidy.lastIndexOf(' ', limit);
    // A single word longer than the limit is cut inside the word rather than dropped.
    String cut = lastSpace > 0 ? tidy.substring(0, lastSpace) : tidy.substring(0, limit);
    return stripTrailingPunctuation(cut) + ELLIPSIS;
  }

  /**
   * What {@code text.replaceAll("\\s+", " ")} begins with, up to {@code atMost} characters: a
   * body's whole text is never needed to cut its first 160, nor a regex to collapse its spaces.
   */
  private static String tidy(String text, int atMost) {
    StringBuilder tidy = new StringBuilder(Math.min(text.length(), atMost));
    boolean inSpace = false;
    for (int i = 0; i < text.length() && tidy.length() < atMost; i++) {
      char c = text.charAt(i);
      if (isRegexSpace(c)) {
        inSpace = true;
        continue;
      }
      if (inSpace) {
        tidy.append(' ');
        inSpace = false;
        if (tidy.length() == atMost) {
          break;
        }
      }
      tidy.append(c);
    }
    if (inSpace && tidy.length() < atMost) {
      tidy.append(' ');
    }
    return tidy.toString();
  }

  /** A regex's {@code \s}: ASCII whitespace only, so a non-breaking space stays as written. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String stripTrailingPunctuation(String text) {
    int end = text.length();
    while (end > 0 && " \u00A0\u202F,;:-–—".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end);
  }
}
