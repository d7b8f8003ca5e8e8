package dev.gazette.render;

import java.util.Optional;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * The paragraphs of a body that hold nothing but the URL of a video or post we can embed
 * ({@link EmbedLinks}), at the top level of the body. Each becomes a click-to-load block that
 * {@link MarkdownRenderer} writes between sanitized blocks, as it does figures: the block is our
 * markup, so the sanitizer never lets an editor's frame through.
 */
final class BodyEmbeds {

  private final EmbedWords words;
  private final HtmlTemplates templates;

  BodyEmbeds(EmbedWords words, HtmlTemplates templates) {
    this.words = words;
    this.templates = templates;
  }

  /** An embed standing between the blocks of the body. */
  static final class EmbedBlock extends CustomBlock {
    private final Embed embed;

    EmbedBlock(Embed embed) {
      this.embed = embed;
    }
  }

  /** Replaces each paragraph of the body that is an embed's URL by its block; how many. */
  int place(Document document) {
    int placed = 0;
    Node block = document.getFirstChild();
    while (block != null) {
      Node next = block.getNext();
      Optional<Embed> embed = embedOf(block);
      if (embed.isPresent()) {
        block.insertBefore(new EmbedBlock(embed.get()));
        block.unlink();
        placed++;
      }
      block = next;
    }
    return placed;
  }

  /** The block's HTML from its template; the engine escapes every value. */
  String html(EmbedBlock block) {
    return templates.text("tag/embed.jte", words.view(block.embed));
  }

  /**
   * The embed a block names: a paragraph whose only content is one URL, bare or autolinked
   * ({@code <https://…>}); a link with other text is a link.
   */
  static Optional<Embed> embedOf(Node block) {
    if (!(block instanceof Paragraph) || block.getFirstChild() == null
        || block.getFirstChild().getNext() != null) {
      return Optional.empty();
    }
    Node only = block.getFirstChild();
    if (only instanceof Text text) {
      return EmbedLinks.of(text.getLiteral().strip());
    }
    if (only instanceof Link link && link.getFirstChild() instanceof Text label
        && label.getNext() == null && label.getLiteral().equals(link.getDestination())) {
      return EmbedLinks.of(link.getDestination());
    }
    return Optional.empty();
  }
}
