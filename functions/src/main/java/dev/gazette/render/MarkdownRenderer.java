package dev.gazette.render;

import dev.gazette.article.Picture;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an article body in Markdown into HTML a reader's browser can trust. Raw HTML is escaped
 * by the Markdown renderer, and the result then passes an allow-list sanitizer, so nothing an
 * editor types can run in a reader's browser even if one of the two layers has a bug. Images
 * show only from the site's allowed sources; any other image is replaced by its alt text. Library
 * pictures ({@code ![alt](media:<id> "caption")}) become figures that we write between
 * sanitized blocks (see {@link BodyFigures}), so the policy allows no picture markup at all.
 * The rendered blocks reach the sanitizer as events rather than as HTML text to parse back
 * ({@link BlockSanitizer}); the sanitizer's policy judges them the same either way.
 */
public final class MarkdownRenderer {

  private static final Pattern LINK_URL = Pattern.compile("(?i)(?:https?://|mailto:)\\S+");

  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer html =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private final ImageSources images;
  private final BodyFigures figures;
  private final BodyEmbeds embeds;
  private final PolicyFactory policy;
  private final BlockSanitizer blocks;

  /** A renderer for this site: images from its allowed hosts or the site itself. */
  public MarkdownRenderer(Site site) {
    this(site, new HtmlTemplates());
  }

  private MarkdownRenderer(Site site, HtmlTemplates templates) {
    this(ImageSources.of(site), new BodyFigures(new PictureViews(new SitePaths(site)), templates),
        new BodyEmbeds(new SiteLocale(site).embedWords(), templates));
  }

  /**
   * A renderer that knows no site, so shows only images given as a path ("/media/…") and library
   * pictures as their alt text; enough for excerpts.
   */
  public MarkdownRenderer() {
    this(ImageSources.pathsOnly(), null, null);
  }

  /** The site's renderer, sharing the container's template engine. */
  MarkdownRenderer(RenderParts parts) {
    this(ImageSources.of(parts.site()),
        new BodyFigures(new PictureViews(parts.paths()), parts.templates()),
        new BodyEmbeds(parts.locale().embedWords(), parts.templates()));
  }

  private MarkdownRenderer(ImageSources images, BodyFigures figures, BodyEmbeds embeds) {
    this.images = images;
    this.figures = figures;
    this.embeds = embeds;
    this.policy = new HtmlPolicyBuilder()
        .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "em", "strong",
            "code", "pre", "hr", "br", "a", "img")
        .allowUrlProtocols("http", "https", "mailto")
        // Relative and empty hrefs are refused too: a body links out, never to a guessed path.
        .allowAttributes("href").matching(LINK_URL).onElements("a")
        .allowAttributes("title").onElements("a")
        // Not requireRelsOnLinks: it keeps its rels in a Set.copyOf, whose order changes from one
        // JVM to the next, and so would the bytes of every page with a link.
        .allowElements(MarkdownRenderer::relsOnLinks, "a")
        // The same rule again on the rendered HTML, in case the Markdown layer let one through.
        .allowAttributes("src").matching(images::allows).onElements("img")
        .allowAttributes("alt", "title").onElements("img")
        .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
        .toFactory();
    this.blocks = new BlockSanitizer(policy);
  }

  /** A link that kept its href opens its target without telling it who sent the reader. */
  private static String relsOnLinks(String element, List<String> attributes) {
    for (int name = 0; name < attributes.size(); name += 2) {
      if (attributes.get(name).equals("href")) {
        attributes.add("rel");
        attributes.add("noopener noreferrer");
        break;
      }
    }
    return element;
  }

  /** The body as sanitized HTML, ready to be written unescaped into a page; no library pictures. */
  public SafeHtml toHtml(String markdown) {
    return toHtml(markdown, Map.of());
  }

  /**
   * The body as HTML ready to be written unescaped into a page, with the library pictures it
   * names (by media id) as figures. Everything but those figures went through the sanitizer.
   */
  public SafeHtml toHtml(String markdown, Map<String, Picture> pictures) {
    return render(markdown, pictures).html();
  }

  /**
   * The body as {@link #toHtml(String, Map)} makes it and as the plain text {@link #excerpt}
   * cuts, from one parse: a page needs both when its description comes from the body.
   */
  public RenderedBody render(String markdown, Map<String, Picture> pictures) {
    return render(markdown, pictures, false);
  }

  /**
   * The same, with the non-breaking spaces of French typography in its text when
   * {@code frenchSpacing} ({@link FrenchSpacing}), in the HTML and the plain text alike.
   */
  public RenderedBody render(String markdown, Map<String, Picture> pictures, boolean frenchSpacing) {
    Document document = (Document) parser.parse(markdown == null ? "" : markdown);
    int embedded = embeds == null ? 0 : embeds.place(document);
    if (frenchSpacing) {
      FrenchSpacing.applyTo(document);
    }
    // Read the words first: the steps below move pictures out and their alt texts in.
    PlainText text = new PlainText();
    document.accept(text);
    document.accept(new HeadingClamp());
    if (figures != null) {
      figures.place(document, pictures);
    }
    document.accept(new ImageFilter(images));
    StringBuilder body = new StringBuilder();
    Document run = new Document();
    Node block = document.getFirstChild();
    while (block != null) {
      Node next = block.getNext();
      if (block instanceof BodyFigures.FigureBlock figure) {
        body.append(sanitized(run)).append(figures.html(figure));
        run = new Document();
      } else if (block instanceof BodyEmbeds.EmbedBlock embed) {
        body.append(sanitized(run)).append(embeds.html(embed));
        run = new Document();
      } else {
        run.appendChild(block);
      }
      block = next;
    }
    SafeHtml safe = new SafeHtml(body.append(sanitized(run)).toString());
    return new RenderedBody(safe, text.words.toString(), embedded > 0);
  }

  /**
   * The blocks of a run between figures, sanitized together. Top-level blocks render in a
   * document of their own exactly as in the whole body (each ends its line); one document per run
   * rather than one call per block, because each call sets up the renderer anew.
   */
  private String sanitized(Document run) {
    String direct = blocks.sanitize(run);
    return direct != null ? direct : sanitizedByRoundTrip(run);
  }

  /**
   * The same by the long road, rendered to HTML text that the sanitizer parses back: what
   * {@link BlockSanitizer} must equal byte for byte, and what it leaves to this road.
   */
  String sanitizedByRoundTrip(Document run) {
    return policy.sanitize(html.render(run));
  }

  /** The short road alone, null where it hands over to the long one; for the test of the two. */
  String sanitizedDirectly(Document run) {
    return blocks.sanitize(run);
  }

  /** The body as plain text, cut at a word boundary with "…" if longer than {@code maxChars}. */
  public String excerpt(String markdown, int maxChars) {
    PlainText text = new PlainText();
    parser.parse(markdown == null ? "" : markdown).accept(text);
    return Excerpt.of(text.words.toString(), maxChars);
  }

  /** The page's h1 is the headline, so body headings live between h2 and h4. */
  private static final class HeadingClamp extends AbstractVisitor {
    @Override
    public void visit(Heading heading) {
      heading.setLevel(Math.max(2, Math.min(4, heading.getLevel())));
      visitChildren(heading);
    }
  }

  /** Replaces each image from a source the site does not allow by its alt text. */
  private static final class ImageFilter extends AbstractVisitor {
    private final ImageSources images;

    ImageFilter(ImageSources images) {
      this.images = images;
    }

    @Override
    public void visit(Image image) {
      // An alt text may hold an image of its own: judge the inner ones first.
      visitChildren(image);
      if (images.allows(image.getDestination())) {
        return;
      }
      Node child = image.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        image.insertBefore(child);
        child = next;
      }
      image.unlink();
    }
  }

  /**
   * The words a reader reads, without link targets, list bullets, image alt texts or raw HTML,
   * which would read as noise in a description.
   */
  private static final class PlainText extends AbstractVisitor {
    private final StringBuilder words = new StringBuilder();

    @Override
    public void visit(Text text) {
      words.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      words.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      words.append(' ');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      words.append(' ');
    }

    @Override
    public void visit(Paragraph paragraph) {
      visitChildren(paragraph);
      words.append(' ');
    }

    @Override
    public void visit(Heading heading) {
      visitChildren(heading);
      words.append(' ');
    }

    @Override
    public void visit(Document document) {
      // A paragraph that is an embed's URL is a video or a post, not words to describe.
      Node block = document.getFirstChild();
      while (block != null) {
        if (BodyEmbeds.embedOf(block).isEmpty()) {
          block.accept(this);
        }
        block = block.getNext();
      }
    }

    @Override
    public void visit(FencedCodeBlock block) {}

    @Override
    public void visit(IndentedCodeBlock block) {}

    @Override
    public void visit(Image image) {}

    @Override
    public void visit(HtmlBlock block) {}

    @Override
    public void visit(HtmlInline inline) {}
  }
}
