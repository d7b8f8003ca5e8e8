package dev.gazette.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;

/**
 * The site's JTE templates, each rendered from its one view record into UTF-8 bytes. Every value
 * is HTML-escaped by the engine unless its type says it is already safe ({@link SafeHtml}).
 */
final class HtmlTemplates {

  // Precompiled at build time: no template compiler or class generation at Lambda cold start.
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** The page the template makes of the model, e.g. {@code ("list.jte", listingPage)}. */
  byte[] render(String template, Object model) {
    // Encoded as the engine writes, not through a String of the whole page and a copy of it.
    Utf8ByteOutput output = new Utf8ByteOutput();
    engine.render(template, model, output);
    return output.toByteArray();
  }

  /** The same as text, for markup that goes into a page, e.g. {@code ("tag/figure.jte", figure)}. */
  String text(String template, Object model) {
    StringOutput output = new StringOutput();
    engine.render(template, model, output);
    return output.toString();
  }
}
