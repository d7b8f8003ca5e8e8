package dev.gazette.render;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * HTML that went through the allow-list sanitizer, so templates may write it unescaped, with the
 * figures we write between its blocks. Only {@link MarkdownRenderer} makes one: an editor's text
 * cannot become this type any other way.
 */
public final class SafeHtml implements Content {

  private final String html;
  /** The HTML in UTF-8, made once for both the page and the JSON document, which carry it. */
  private final byte[] utf8;
  private final boolean hasSurrogates;

  SafeHtml(String html) {
    this.html = Objects.requireNonNull(html, "html");
    this.utf8 = html.getBytes(StandardCharsets.UTF_8);
    this.hasSurrogates = hasSurrogates(html);
  }

  @Override
  public void writeTo(TemplateOutput output) {
    // The same bytes the page's UTF-8 output would make of the text.
    output.writeBinaryContent(utf8);
  }

  /** The HTML as UTF-8 bytes; not to be changed. */
  byte[] utf8() {
    return utf8;
  }

  /**
   * Whether the HTML holds characters beyond the BMP (or a broken pair): a JSON writer escapes
   * those, so the document must write the text, not its bytes. The sanitizer writes such
   * characters as references; only a figure's caption or alt text can carry one.
   */
  boolean hasSurrogates() {
    return hasSurrogates;
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isEmptyContent() {
    return html.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SafeHtml that && html.equals(that.html);
  }

  @Override
  public int hashCode() {
    return html.hashCode();
  }

  /** The sanitized HTML text, e.g. for the JSON document. */
  @Override
  public String toString() {
    return html;
  }
}
