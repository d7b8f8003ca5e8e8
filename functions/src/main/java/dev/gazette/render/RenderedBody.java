package dev.gazette.render;

import java.util.Objects;

/**
 * An article body read once from its Markdown: the sanitized HTML a page shows, and the words a
 * reader reads in it, for the page's description when the editor wrote no summary.
 *
 * @param text the body as plain text, not cut and with whitespace as written ({@link Excerpt}
 *     tidies and shortens it)
 * @param hasEmbeds whether the body shows a click-to-load embed, so the page needs its script
 */
public record RenderedBody(SafeHtml html, String text, boolean hasEmbeds) {

  public RenderedBody {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
  }
}
