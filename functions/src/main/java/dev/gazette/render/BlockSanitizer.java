package dev.gazette.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.owasp.html.Handler;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.TagBalancingHtmlStreamEventReceiver;

/**
 * Runs the body's Markdown through the allow-list sanitizer without writing it out as HTML text
 * first: the blocks go to the sanitizer as the tags and texts its HTML lexer would have read from
 * the Markdown renderer's output, so the sanitizer still judges every element and attribute and
 * writes every byte, and only the round trip (render to text, lex it, decode its entities) is
 * saved; it was a fifth of an article page's render. Editors' raw HTML stays text, as the Markdown
 * renderer (which escapes it) would have handed it over.
 *
 * <p>The events follow {@code CoreHtmlNodeRenderer} of commonmark (escapeHtml, sanitizeUrls, no
 * percent-encoding), newlines included; text is handed over in whole runs between tags as the
 * lexer does. What this class does not mirror it refuses ({@link #sanitize} gives null) and the
 * caller takes the long road: images, unknown nodes, and text the lexer would have altered
 * (controls, lone surrogates, noncharacters). A property test holds the two roads to the same
 * bytes.
 */
final class BlockSanitizer {

  /** The nesting limit {@code HtmlSanitizer.sanitize} gives its tag balancer. */
  private static final int NESTING_LIMIT = 256;

  private final PolicyFactory policy;
  private final UrlSanitizer urls = new DefaultUrlSanitizer();

  BlockSanitizer(PolicyFactory policy) {
    this.policy = policy;
  }

  /**
   * The blocks as {@code policy.sanitize(htmlRenderer.render(blocks))} writes them, or null when
   * they hold something this class leaves to that road.
   */
  String sanitize(Document blocks) {
    StringBuilder out = new StringBuilder(4096);
    TagBalancingHtmlStreamEventReceiver balancer = new TagBalancingHtmlStreamEventReceiver(
        policy.apply(HtmlStreamRenderer.create(out, Handler.DO_NOTHING)));
    balancer.setNestingLimit(NESTING_LIMIT);
    Events events = new Events(balancer);
    try {
      blocks.accept(events);
    } catch (Unmirrored e) {
      return null;
    }
    events.close();
    return out.toString();
  }

  /** A node or text this class does not hand over the way the lexer would. */
  private static final class Unmirrored extends RuntimeException {
    Unmirrored() {
      super(null, null, false, false);
    }
  }

  private static final Unmirrored UNMIRRORED = new Unmirrored();

  /** The renderer's walk of the tree, as sanitizer events. */
  private final class Events extends AbstractVisitor {
    private final HtmlStreamEventReceiver sink;
    private final StringBuilder text = new StringBuilder();
    /** The last character the Markdown renderer would have written, 0 before the first. */
    private char last;

    Events(HtmlStreamEventReceiver sink) {
      this.sink = sink;
      sink.openDocument();
    }

    void close() {
      flush();
      sink.closeDocument();
    }

    @Override
    public void visit(Document document) {
      visitChildren(document);
    }

    @Override
    public void visit(Heading heading) {
      String tag = "h" + heading.getLevel();
      line();
      open(tag, List.of());
      visitChildren(heading);
      close(tag);
      line();
    }

    @Override
    public void visit(Paragraph paragraph) {
      Node list = paragraph.getParent() == null ? null : paragraph.getParent().getParent();
      boolean tight = list instanceof ListBlock block && block.isTight();
      if (!tight) {
        line();
        open("p", List.of());
      }
      visitChildren(paragraph);
      if (!tight) {
        close("p");
        line();
      }
    }

    @Override
    public void visit(BlockQuote quote) {
      line();
      open("blockquote", List.of());
      line();
      visitChildren(quote);
      line();
      close("blockquote");
      line();
    }

    @Override
    public void visit(BulletList list) {
      list(list, "ul", List.of());
    }

    @Override
    public void visit(OrderedList list) {
      int start = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
      list(list, "ol", start == 1 ? List.of() : List.of("start", String.valueOf(start)));
    }

    @Override
    public void visit(ListItem item) {
      open("li", List.of());
      visitChildren(item);
      close("li");
      line();
    }

    @Override
    public void visit(FencedCodeBlock block) {
      String info = block.getInfo();
      List<String> attributes = List.of();
      if (info != null && !info.isEmpty()) {
        int space = info.indexOf(' ');
        attributes = List.of("class", "language-" + (space < 0 ? info : info.substring(0, space)));
      }
      code(block.getLiteral(), attributes);
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      code(block.getLiteral(), List.of());
    }

    @Override
    public void visit(HtmlBlock block) {
      // Escaped by the renderer: a paragraph of its text.
      line();
      open("p", List.of());
      text(block.getLiteral());
      close("p");
      line();
    }

    @Override
    public void visit(ThematicBreak rule) {
      line();
      open("hr", List.of());
      line();
    }

    @Override
    public void visit(Link link) {
      List<String> attributes = new ArrayList<>(6);
      attributes.add("rel");
      attributes.add("nofollow");
      attributes.add("href");
      attributes.add(checked(urls.sanitizeLinkUrl(link.getDestination())));
      if (link.getTitle() != null) {
        attributes.add("title");
        attributes.add(checked(link.getTitle()));
      }
      open("a", attributes);
      visitChildren(link);
      close("a");
    }

    @Override
    public void visit(Image image) {
      throw UNMIRRORED;
    }

    @Override
    public void visit(Emphasis emphasis) {
      open("em", List.of());
      visitChildren(emphasis);
      close("em");
    }

    @Override
    public void visit(StrongEmphasis strong) {
      open("strong", List.of());
      visitChildren(strong);
      close("strong");
    }

    @Override
    public void visit(Text node) {
      text(node.getLiteral());
    }

    @Override
    public void visit(Code code) {
      open("code", List.of());
      text(code.getLiteral());
      close("code");
    }

    @Override
    public void visit(HtmlInline inline) {
      text(inline.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      text("\n");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      open("br", List.of());
      line();
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
      // The renderer writes nothing for one.
    }

    @Override
    public void visit(CustomBlock block) {
      throw UNMIRRORED;
    }

    @Override
    public void visit(CustomNode node) {
      throw UNMIRRORED;
    }

    private void list(ListBlock list, String tag, List<String> attributes) {
      line();
      open(tag, attributes);
      line();
      visitChildren(list);
      line();
      close(tag);
      line();
    }

    private void code(String literal, List<String> attributes) {
      line();
      open("pre", List.of());
      open("code", attributes);
      text(literal);
      close("code");
      close("pre");
      line();
    }

    /** The renderer's line(): a newline unless at the start or after one. */
    private void line() {
      if (last != 0 && last != '\n') {
        text("\n");
      }
    }

    private void text(String literal) {
      if (!literal.isEmpty()) {
        text.append(checked(literal));
        last = literal.charAt(literal.length() - 1);
      }
    }

    private void open(String tag, List<String> attributes) {
      flush();
      // The sanitizer's policies edit the list they are given (the rel of links).
      sink.openTag(tag, new ArrayList<>(attributes));
      last = '>';
    }

    private void close(String tag) {
      flush();
      sink.closeTag(tag);
      last = '>';
    }

    /** Text goes over in one piece per run between tags, as the lexer reads it. */
    private void flush() {
      if (text.length() > 0) {
        sink.text(text.toString());
        text.setLength(0);
      }
    }
  }

  /**
   * The text unchanged if the lexer would have handed it over unchanged: it drops controls, lone
   * surrogates and noncharacters (Encoding.stripBannedCodeunits), and a carriage return would
   * meet newline handling; such text takes the long road.
   */
  private static String checked(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7f && c <= 0x9f) {
        throw UNMIRRORED;
      }
      if (c >= 0xd800) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, text.charAt(++i));
          if ((codePoint & 0xfffe) == 0xfffe) {
            throw UNMIRRORED;
          }
        } else if (Character.isSurrogate(c) || (c & 0xfffe) == 0xfffe || c >= 0xfdd0 && c <= 0xfdef) {
          throw UNMIRRORED;
        }
      }
    }
    return text;
  }
}
