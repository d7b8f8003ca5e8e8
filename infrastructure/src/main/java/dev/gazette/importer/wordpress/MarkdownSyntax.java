package dev.gazette.importer.wordpress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@link HtmlMarkdown} writes Markdown: text with the characters Markdown would read as markup
 * escaped, emphasis, code, and pictures in the {@code ![alt](url "caption")} shape the import's
 * picture step finds and rewrites.
 */
final class MarkdownSyntax {
  /** A hard line break. */
  static final String BREAK = "\\\n";

  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|mailto:)\\S+");
  private static final Pattern BLOCK_START = Pattern.compile("^([#>+=-]|\\d{1,9}[.)](?=\\s|$))");
  /** What Markdown would read as a character reference ({@code &amp;}, {@code &#233;}). */
  private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");

  private MarkdownSyntax() {}

  static boolean isWebAddress(String href) {
    return URL.matcher(href).matches();
  }

  /** A line that would start a heading, quote, list or rule, with its marker escaped. */
  static String escapeLineStart(String line) {
    return BLOCK_START.matcher(line).replaceFirst(match -> blockStart(match.group(1)));
  }

  /** Emphasis around the words only: {@code ** mot**} would not be emphasis. */
  static String wrap(String inner, String marker) {
    String core = inner.strip();
    if (core.isEmpty() || core.replace(BREAK, "").isBlank()) {
      return inner;
    }
    int start = inner.indexOf(core);
    return inner.substring(0, start) + marker + core + marker + inner.substring(start + core.length());
  }

  static String code(String text) {
    String fence = text.contains("`") ? "`` " : "`";
    return fence + text + (fence.length() > 1 ? " ``" : "`");
  }

  /** {@code ![alt](url "caption")}, in the shape the import's picture step looks for. */
  static String markdownImage(String url, String alt, String caption) {
    String title = caption == null || caption.isEmpty() ? "" : " \"" + caption.replace('"', '”') + "\"";
    return "![" + alt.replace('[', '(').replace(']', ')') + "](" + destination(url) + title + ")";
  }

  /** Text on one line, without what would end the Markdown it stands in. */
  static String plain(String text) {
    return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip().replace("\\", "");
  }

  static String destination(String url) {
    return url.matches(".*[\\s()<>].*") ? "<" + url.replace("<", "%3C").replace(">", "%3E") + ">" : url;
  }

  /** Text with what Markdown would read as markup escaped; addresses left whole (an embed's line is one). */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    var urls = URL.matcher(text);
    int at = 0;
    while (urls.find()) {
      escapeInto(text.substring(at, urls.start()), out);
      out.append(urls.group());
      at = urls.end();
    }
    escapeInto(text.substring(at), out);
    return out.toString();
  }

  private static void escapeInto(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<".indexOf(c) >= 0 || (c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt())) {
        out.append('\\');
      }
      out.append(c);
    }
  }

  private static String blockStart(String marker) {
    String escaped = Character.isDigit(marker.charAt(0))
        ? marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1)
        : "\\" + marker;
    return Matcher.quoteReplacement(escaped);
  }
}
