package dev.gazette.importer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A post's HTML as the Markdown an editor would have typed: paragraphs, headings, lists, quotes,
 * emphasis, links, code and pictures ({@code ![alt](url "caption")}), the rest as its text.
 * jsoup parses the HTML (WordPress bodies are often not well formed); the Markdown is ours, so
 * it holds only what the site's renderer and sanitizer take. With {@code autop}, as WordPress's
 * classic editor stores them, a blank line between bare text is a paragraph and a single line
 * break a line break.
 */
final class HtmlMarkdown {
  /** A picture the body shows, as the Markdown writes it. */
  record BodyImage(String url, String alt, String caption) {}

  /** The Markdown and the pictures it shows, in order. */
  record Converted(String markdown, List<BodyImage> images) {}

  /** The attribute {@link Shortcodes} puts on a captioned picture. */
  static final String CAPTION = "data-gazette-caption";

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
      "aside", "center", "address", "dl", "dt", "dd", "form", "details", "summary", "nav");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title",
      "object", "embed", "svg", "canvas", "button", "input", "select", "textarea");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");
  private static final String BREAK = MarkdownSyntax.BREAK;

  private final boolean autop;
  private final UnaryOperator<String> libraryAlt;
  private final List<BodyImage> images = new ArrayList<>();

  private HtmlMarkdown(boolean autop, UnaryOperator<String> libraryAlt) {
    this.autop = autop;
    this.libraryAlt = libraryAlt;
  }

  /**
   * @param baseUrl the post's address, against which relative links are resolved
   * @param libraryAlt the alt text the old media library holds for a picture's address, or null:
   *     what a picture written without one says
   */
  static Converted convert(String html, String baseUrl, boolean autop, UnaryOperator<String> libraryAlt) {
    Document document = Jsoup.parseBodyFragment(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
    HtmlMarkdown converter = new HtmlMarkdown(autop, libraryAlt);
    String markdown = String.join("\n\n", converter.blocks(document.body()));
    return new Converted(markdown, List.copyOf(converter.images));
  }

  /** The blocks of Markdown an element's children make. */
  private List<String> blocks(Element container) {
    Blocks out = new Blocks();
    for (Node child : container.childNodes()) {
      block(child, out);
    }
    out.flush();
    return out.done;
  }

  private void block(Node node, Blocks out) {
    if (node instanceof TextNode text) {
      paragraphText(text.getWholeText(), out);
      return;
    }
    if (!(node instanceof Element element)) {
      return; // comments (the block editor's markers), data
    }
    String tag = element.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        out.flush();
        String heading = inline(element).replace(BREAK, " ").strip();
        int level = Math.max(2, Math.min(4, tag.charAt(1) - '0'));
        if (!heading.isEmpty()) {
          out.add("#".repeat(level) + " " + heading);
        }
      }
      case "ul", "ol" -> {
        out.flush();
        out.add(list(element));
      }
      case "blockquote" -> {
        out.flush();
        String quoted = String.join("\n\n", blocks(element));
        if (!quoted.isBlank()) {
          out.add(quoted.lines().map(line -> line.isEmpty() ? ">" : "> " + line)
              .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
      }
      case "pre" -> {
        out.flush();
        String code = element.wholeText().replaceAll("\\s+$", "");
        String fence = code.contains("```") ? "~~~" : "```";
        if (!code.isBlank()) {
          out.add(fence + "\n" + code.replaceAll("^\\n", "") + "\n" + fence);
        }
      }
      case "hr" -> {
        out.flush();
        out.add("* * *");
      }
      case "figure" -> figure(element, out);
      case "table" -> table(element, out);
      case "iframe" -> {
        // An old embed: its address alone on a line, which the site turns into a click-to-load embed.
        String src = element.absUrl("src");
        if (!src.isEmpty()) {
          out.flush();
          out.add(src);
        }
      }
      default -> {
        if (BLOCKS.contains(tag) || tag.equals("li")) {
          out.flush();
          for (Node child : element.childNodes()) {
            block(child, out);
          }
          out.flush();
        } else {
          out.inline.append(inline(element));
        }
      }
    }
  }

  /** Text between blocks: a blank line (autop) starts a paragraph, a single line break is one. */
  private void paragraphText(String text, Blocks out) {
    if (!autop) {
      out.inline.append(MarkdownSyntax.escape(SPACES.matcher(text).replaceAll(" ")));
      return;
    }
    String[] paragraphs = BLANK_LINE.split(text, -1);
    for (int i = 0; i < paragraphs.length; i++) {
      if (i > 0) {
        out.flush();
      }
      String[] lines = paragraphs[i].split("\\n", -1);
      for (int j = 0; j < lines.length; j++) {
        if (j > 0) {
          out.inline.append(BREAK);
        }
        out.inline.append(MarkdownSyntax.escape(SPACES.matcher(lines[j]).replaceAll(" ")));
      }
    }
  }

  private void figure(Element figure, Blocks out) {
    Element img = figure.selectFirst("img");
    if (img == null) {
      out.flush();
      for (Node child : figure.childNodes()) {
        block(child, out);
      }
      out.flush();
      return;
    }
    Element caption = figure.selectFirst("figcaption");
    out.flush();
    out.add(image(img, caption == null ? img.attr(CAPTION) : caption.text()));
  }

  /** A table as its rows, one line each, cells joined: the site's Markdown has no tables. */
  private void table(Element table, Blocks out) {
    out.flush();
    List<String> rows = new ArrayList<>();
    for (Element row : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : row.select("> th, > td")) {
        String text = inline(cell).replace(BREAK, " ").strip();
        if (!text.isEmpty()) {
          cells.add(text);
        }
      }
      if (!cells.isEmpty()) {
        rows.add(String.join(" — ", cells));
      }
    }
    if (!rows.isEmpty()) {
      out.add(String.join(BREAK, rows));
    }
  }

  private String list(Element list) {
    boolean ordered = list.normalName().equals("ol");
    int number = ordered ? Math.max(1, parseStart(list.attr("start"))) : 1;
    List<String> items = new ArrayList<>();
    for (Element item : list.children()) {
      if (!item.normalName().equals("li")) {
        continue;
      }
      String marker = ordered ? (number++) + ". " : "- ";
      String content = String.join("\n\n", blocks(item));
      String indent = " ".repeat(marker.length());
      StringBuilder written = new StringBuilder(marker);
      String[] lines = content.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          written.append('\n').append(lines[i].isEmpty() ? "" : indent);
        }
        written.append(lines[i]);
      }
      items.add(written.toString());
    }
    return String.join("\n", items);
  }

  private static int parseStart(String start) {
    try {
      return start.isEmpty() ? 1 : Integer.parseInt(start.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** An element inside a paragraph, as inline Markdown. */
  private String inline(Node node) {
    if (node instanceof TextNode text) {
      return MarkdownSyntax.escape(SPACES.matcher(text.getWholeText()).replaceAll(" "));
    }
    if (!(node instanceof Element element) || SKIPPED.contains(((Element) node).normalName())) {
      return "";
    }
    return switch (element.normalName()) {
      case "br" -> BREAK;
      case "strong", "b" -> MarkdownSyntax.wrap(children(element), "**");
      case "em", "i", "cite", "dfn" -> MarkdownSyntax.wrap(children(element), "*");
      case "code", "kbd", "tt", "samp" -> MarkdownSyntax.code(element.text());
      case "img" -> image(element, element.attr(CAPTION));
      case "a" -> link(element);
      default -> children(element);
    };
  }

  private String children(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child : element.childNodes()) {
      text.append(inline(child));
    }
    return text.toString();
  }

  private String link(Element link) {
    // A picture linked to its own file (WordPress's default): the picture alone.
    if (link.children().size() == 1 && link.child(0).normalName().equals("img") && link.text().isBlank()) {
      return inline(link.child(0));
    }
    String text = children(link);
    String href = link.absUrl("href");
    if (href.isEmpty() || !MarkdownSyntax.isWebAddress(href) || text.isBlank()) {
      return text;
    }
    return "[" + text + "](" + MarkdownSyntax.destination(href) + ")";
  }

  private String image(Element img, String caption) {
    String src = img.attr("src").strip();
    if (src.isEmpty()) {
      return "";
    }
    if (!src.startsWith("/") || src.startsWith("//")) {
      src = img.absUrl("src").isEmpty() ? src : img.absUrl("src");
    }
    String alt = MarkdownSyntax.plain(img.attr("alt"));
    if (alt.isEmpty()) {
      alt = MarkdownSyntax.plain(libraryAlt.apply(src));
    }
    String title = MarkdownSyntax.plain(caption);
    images.add(new BodyImage(src, alt, title.isEmpty() ? null : title));
    return MarkdownSyntax.markdownImage(src, alt, title);
  }

  /** The blocks written so far and the paragraph being written. */
  private static final class Blocks {
    final List<String> done = new ArrayList<>();
    final StringBuilder inline = new StringBuilder();

    void add(String block) {
      done.add(block);
    }

    /** Ends the paragraph being written, if it has any words. */
    void flush() {
      String paragraph = inline.toString();
      inline.setLength(0);
      List<String> lines = new ArrayList<>();
      for (String line : paragraph.split(Pattern.quote(BREAK), -1)) {
        String stripped = line.strip().replaceAll(" {2,}", " ");
        if (!stripped.isEmpty()) {
          lines.add(MarkdownSyntax.escapeLineStart(stripped));
        }
      }
      if (!lines.isEmpty()) {
        done.add(String.join(BREAK, lines));
      }
    }

  }
}
