package dev.gazette.render;

import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The non-breaking spaces of French typography, as the French press sets them: a narrow one
 * (U+202F) before {@code ; ! ?}, an ordinary one (U+00A0) before {@code :} and inside
 * {@code « »}, so that a mark never wraps onto a line of its own. Applied when a page is made,
 * never to what is stored. Where the editor typed a space it becomes the right one; before
 * {@code ; ! ?} and inside guillemets one is added if none was typed, but never before a colon
 * (times like 23:30, "http:"). URLs, smileys and code are left alone: the rules look only at a
 * mark between words, and the Markdown visitor never enters code, raw HTML or link targets.
 * Applying it twice changes nothing.
 */
final class FrenchSpacing {

  static final char NARROW = '\u202F';
  static final char NO_BREAK = '\u00A0';

  private FrenchSpacing() {}

  /** Whether pages in this language take these rules: French, whatever its region. */
  static boolean appliesTo(String language) {
    return language != null && (language.equalsIgnoreCase("fr")
        || language.toLowerCase(Locale.ROOT).startsWith("fr-"));
  }

  /** The text with French spacing, or null for null. */
  static String apply(String text) {
    return text == null ? null : apply(text, EDGE, EDGE);
  }

  /** Stands for "nothing" beside a text: the edge of its paragraph or a line break. */
  static final char EDGE = '\0';

  /**
   * The text with French spacing, where {@code before} and {@code after} are the characters that
   * stand next to it in its paragraph ({@link #EDGE} at a paragraph's edge or a line break).
   */
  static String apply(String text, char before, char after) {
    if (!hasMark(text)) {
      return text;
    }
    int length = text.length();
    StringBuilder out = new StringBuilder(length + 8);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      char next = i + 1 < length ? text.charAt(i + 1) : after;
      switch (c) {
        case ';', '!', '?' -> {
          if (endsPhrase(next) && !(c == ';' && next == ')') && !insideUrl(text, i)) {
            spaceBefore(out, NARROW, before, Insert.AFTER_WORD);
          }
          out.append(c);
        }
        case ':' -> {
          // Never added before a colon: "23:30", "http:", "1:2" keep theirs as typed.
          if (endsPhrase(next) && next != ')' && !insideUrl(text, i)) {
            spaceBefore(out, NO_BREAK, before, Insert.NEVER);
          }
          out.append(c);
        }
        case '«' -> {
          out.append(c);
          int end = i + 1;
          while (end < length && isSpace(text.charAt(end))) {
            end++;
          }
          char first = end < length ? text.charAt(end) : after;
          if (first != EDGE && first != '»') {
            out.append(NO_BREAK);
            i = end - 1;
          }
        }
        case '»' -> {
          spaceBefore(out, NO_BREAK, before, Insert.AFTER_ANYTHING);
          out.append(c);
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Sets French spacing in the text of a Markdown tree, each text with its neighbours in its
   * paragraph for context; code, raw HTML, link targets and autolinked URLs are not text here.
   */
  static void applyTo(Node document) {
    document.accept(new TextNodes());
  }

  private static final class TextNodes extends AbstractVisitor {
    @Override
    public void visit(Text text) {
      if (!isAutolink(text.getParent())) {
        String literal = text.getLiteral();
        String spaced = apply(literal, lastChar(before(text)), firstChar(after(text)));
        if (!spaced.equals(literal)) {
          text.setLiteral(spaced);
        }
      }
    }

    @Override
    public void visit(Code code) {}

    @Override
    public void visit(FencedCodeBlock block) {}

    @Override
    public void visit(IndentedCodeBlock block) {}

    @Override
    public void visit(HtmlBlock block) {}

    @Override
    public void visit(HtmlInline inline) {}
  }

  /** A link whose text is its own target ({@code <https://…>}): a URL, whatever it holds. */
  private static boolean isAutolink(Node parent) {
    return parent instanceof Link link && link.getFirstChild() instanceof Text only
        && only.getNext() == null && (only.getLiteral().equals(link.getDestination())
            || ("mailto:" + only.getLiteral()).equals(link.getDestination()));
  }

  private static boolean isInlineContainer(Node node) {
    return node instanceof Emphasis
        || node instanceof StrongEmphasis || node instanceof Link;
  }

  /** The inline node before this one in its paragraph, or null at its start. */
  private static Node before(Node node) {
    Node at = node;
    while (at.getPrevious() == null) {
      at = at.getParent();
      if (at == null || !isInlineContainer(at)) {
        return null;
      }
    }
    return at.getPrevious();
  }

  /** The inline node after this one in its paragraph, or null at its end. */
  private static Node after(Node node) {
    Node at = node;
    while (at.getNext() == null) {
      at = at.getParent();
      if (at == null || !isInlineContainer(at)) {
        return null;
      }
    }
    return at.getNext();
  }

  private static char lastChar(Node node) {
    if (node instanceof Text text && !text.getLiteral().isEmpty()) {
      return text.getLiteral().charAt(text.getLiteral().length() - 1);
    }
    if (node instanceof Code code && !code.getLiteral().isEmpty()) {
      return code.getLiteral().charAt(code.getLiteral().length() - 1);
    }
    return isInlineContainer(node) && node.getLastChild() != null ? lastChar(node.getLastChild()) : EDGE;
  }

  private static char firstChar(Node node) {
    if (node instanceof Text text && !text.getLiteral().isEmpty()) {
      return text.getLiteral().charAt(0);
    }
    if (node instanceof Code code && !code.getLiteral().isEmpty()) {
      return code.getLiteral().charAt(0);
    }
    return isInlineContainer(node) && node.getFirstChild() != null ? firstChar(node.getFirstChild()) : EDGE;
  }

  /** When a space is added where the editor typed none. */
  private enum Insert { NEVER, AFTER_WORD, AFTER_ANYTHING }

  /**
   * Puts {@code space} before the mark about to be written: in place of the spaces typed there,
   * or added where none was typed if {@code insert} allows it after what precedes.
   */
  private static void spaceBefore(StringBuilder out, char space, char before, Insert insert) {
    int end = out.length();
    int start = end;
    while (start > 0 && isSpace(out.charAt(start - 1))) {
      start--;
    }
    if (start < end) {
      out.setLength(start);
      out.append(space);
      return;
    }
    char previous = end > 0 ? out.charAt(end - 1) : before;
    boolean add = switch (insert) {
      case NEVER -> false;
      case AFTER_WORD -> Character.isLetterOrDigit(previous)
          || previous != EDGE && ")]»’\"…".indexOf(previous) >= 0;
      case AFTER_ANYTHING -> previous != EDGE && previous != '«';
    };
    if (add) {
      out.append(space);
    }
  }

  /** The mark ends a phrase: a space, the end, another mark or a closing sign follows. */
  private static boolean endsPhrase(char next) {
    return next == EDGE || Character.isWhitespace(next) || Character.isSpaceChar(next)
        || "!?;:.,)]»\"’…".indexOf(next) >= 0;
  }

  /** Whether the mark ends a URL-like word: one holding "://" or starting "www." or "mailto:". */
  private static boolean insideUrl(String text, int mark) {
    int start = mark;
    // Guillemets end a URL as spaces do: "«https://…»" is a URL in quotes.
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))
        && !isSpace(text.charAt(start - 1)) && text.charAt(start - 1) != '«'
        && text.charAt(start - 1) != '»') {
      start--;
    }
    if (mark - start < 4) {
      return false;
    }
    String word = text.substring(start, mark);
    return word.contains("://") || word.regionMatches(true, 0, "www.", 0, 4)
        || word.regionMatches(true, 0, "mailto:", 0, 7);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == NO_BREAK || c == NARROW;
  }

  private static boolean hasMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case ';', ':', '!', '?', '«', '»' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }
}
