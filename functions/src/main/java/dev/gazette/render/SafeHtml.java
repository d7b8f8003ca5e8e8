package dev.gazette.render;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.Objects;

/**
 * HTML that went through the allow-list sanitizer, so templates may write it unescaped, with the
 * figures we write between its blocks. Only {@link MarkdownRenderer} makes one: an editor's text
 * cannot become this type any other way.
 */
public final class SafeHtml implements Content {

  private final String html;

  SafeHtml(String html) {
    this.html = Objects.requireNonNull(html, "html");
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(html);
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
