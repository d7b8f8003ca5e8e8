package dev.gazette.article;

import java.util.ArrayList;
import java.util.List;

/**
 * What any text an editor types must not hold, wherever it goes (an article's fields, a
 * picture's alt text or caption): control characters, half a character, or the bidirectional
 * overrides that make text read differently from what it is.
 */
public final class TextRules {
  private TextRules() {}

  /** Every rule {@code text} breaks, as the reason a field error gives; empty when none. */
  public static List<String> problems(String text, boolean multiline) {
    List<String> problems = new ArrayList<>();
    if (hasControlCharacters(text, multiline)) {
      problems.add("must not contain control characters");
    }
    if (hasLoneSurrogates(text)) {
      problems.add("must be valid Unicode text (it holds half of a character)");
    }
    if (hasDirectionOverrides(text)) {
      problems.add("must not contain bidirectional override characters");
    }
    return problems;
  }

  private static boolean hasDirectionOverrides(String text) {
    return text.codePoints().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
  }

  /** A JSON escape like \\ud800 can carry half a character, which no store or page can hold. */
  private static boolean hasLoneSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasControlCharacters(String text, boolean multiline) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowedWhitespace = multiline && (c == '\n' || c == '\r' || c == '\t');
      if (Character.isISOControl(c) && !allowedWhitespace) {
        return true;
      }
    }
    return false;
  }
}
