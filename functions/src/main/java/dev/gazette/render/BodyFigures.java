package dev.gazette.render;

import dev.gazette.article.Picture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The library pictures of a body, written {@code ![alt](media:<id> "caption")}. One that stands
 * in a paragraph at the top level of the body becomes a figure block of its own (text around it
 * in the paragraph goes before and after); {@link MarkdownRenderer} writes our figure markup
 * between the sanitized HTML of the other blocks, so the sanitizer never has to let through
 * picture markup an editor could type. Any other media image (an id the page was not given, or
 * one inside a list, quote, heading or link) is left to the image filter, which shows its alt
 * text.
 */
final class BodyFigures {

  // The ids MediaReferences finds, so every picture the Publisher resolves can be placed.
  private static final Pattern MEDIA = Pattern.compile("media:([0-9a-z]{1,40})");

  private final PictureViews views;
  private final HtmlTemplates templates;

  BodyFigures(PictureViews views, HtmlTemplates templates) {
    this.views = views;
    this.templates = templates;
  }

  /** A figure standing between the blocks of the body. */
  static final class FigureBlock extends CustomBlock {
    private final Figure figure;

    FigureBlock(Figure figure) {
      this.figure = figure;
    }
  }

  /** Replaces each media image of a top-level paragraph whose picture is known by its figure. */
  void place(Document document, Map<String, Picture> pictures) {
    MediaImages found = new MediaImages(document);
    document.accept(found);
    for (Image image : found.images) {
      Matcher id = MEDIA.matcher(image.getDestination());
      Picture picture = id.matches() ? pictures.get(id.group(1)) : null;
      Figure figure = picture == null ? null
          : views.inBody(picture, altText(image), image.getTitle());
      if (figure != null) {
        split(image, new FigureBlock(figure));
      }
    }
  }

  /** The figure's HTML, from the same template as the lead picture's; the engine escapes text. */
  String html(FigureBlock block) {
    return templates.text("tag/figure.jte", block.figure);
  }

  /** Moves what follows the image into a new paragraph after the figure, which follows the first. */
  private static void split(Image image, FigureBlock figure) {
    Node before = image.getParent();
    Paragraph after = new Paragraph();
    Node next = image.getNext();
    while (next != null) {
      Node following = next.getNext();
      after.appendChild(next);
      next = following;
    }
    before.insertAfter(figure);
    figure.insertAfter(after);
    image.unlink();
    trimEnd(before);
    trimStart(after);
  }

  private static void trimEnd(Node paragraph) {
    Node last = paragraph.getLastChild();
    while (last != null && blank(last)) {
      last.unlink();
      last = paragraph.getLastChild();
    }
    if (last instanceof Text text) {
      text.setLiteral(text.getLiteral().stripTrailing());
    }
    if (paragraph.getFirstChild() == null) {
      paragraph.unlink();
    }
  }

  private static void trimStart(Node paragraph) {
    Node first = paragraph.getFirstChild();
    while (first != null && blank(first)) {
      first.unlink();
      first = paragraph.getFirstChild();
    }
    if (first instanceof Text text) {
      text.setLiteral(text.getLiteral().stripLeading());
    }
    if (paragraph.getFirstChild() == null) {
      paragraph.unlink();
    }
  }

  private static boolean blank(Node node) {
    return node instanceof SoftLineBreak || node instanceof HardLineBreak
        || node instanceof Text text && text.getLiteral().isBlank();
  }

  /** The alt text the body writes, as plain words (emphasis and code kept as their text). */
  private static String altText(Image image) {
    StringBuilder words = new StringBuilder();
    image.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        words.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        words.append(code.getLiteral());
      }

      @Override
      public void visit(HtmlInline inline) {
        words.append(inline.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak lineBreak) {
        words.append(' ');
      }

      @Override
      public void visit(HardLineBreak lineBreak) {
        words.append(' ');
      }
    });
    return words.toString().strip().replaceAll("\\s+", " ");
  }

  /** The media images that stand directly in a paragraph at the top level, in body order. */
  private static final class MediaImages extends AbstractVisitor {
    private final Document document;
    private final List<Image> images = new ArrayList<>();

    MediaImages(Document document) {
      this.document = document;
    }

    @Override
    public void visit(Image image) {
      Node parent = image.getParent();
      if (image.getDestination().startsWith("media:") && parent instanceof Paragraph
          && parent.getParent() == document) {
        images.add(image);
      }
      visitChildren(image);
    }
  }
}
