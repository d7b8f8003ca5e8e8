package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.site.Site;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonmark.node.Document;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * The body's blocks handed to the sanitizer as events come out byte for byte as when they were
 * rendered to HTML text for the sanitizer to parse back, for bodies made of every piece of
 * Markdown and raw HTML an editor may type, with entities, controls and odd characters; and a
 * good share of them take that short road (the others hold a control character, a lone
 * surrogate, a carriage return or an image), so the comparison is not empty.
 */
class BlockSanitizerPropertiesTest implements WithQuickTheories {

  private static final List<String> PIECES = List.of("mot", "deux mots", " ", "  ", "\n", "\n\n", "*", "**",
      "_", "__", "`", "``", "```", "```java\n", "~~~", "    ", "\t", "# ", "## ", "### ", "##### ", "- ", "* ",
      "+ ", "1. ", "3) ", "1234567. ", "> ", ">> ", "---", "***", "[", "]", "(", ")", "](https://x.example.org/a?b=c&d=e \"t\")",
      "](https://x.example.org/é ü)", "](/relative)", "](javascript:alert(1))", "](mailto:a@b.example)", "](<>)",
      "![", "](https://img.example/p.jpg)", "<", ">", "&", "&amp;", "&#39;", "&nbsp;", "&#x80;", "&#xFDD0;",
      "&#1;", "&bogus;", "\"", "'", "=", "+", "@", "{", "{{", "}", "<script>alert(1)</script>", "<b>", "</b>",
      "<div>\n", "</div>", "<!-- c -->", "<https://auto.example.org/x>", "<a@b.example>", "\\", "\\*", "é", "’",
      "«\u00a0", "\u2028", "\u0000", "\u0007", "\u0085", "\ud83d\ude00", "\ud800", "\udfff", "\ufeff", "\uffff",
      "  \n", "\\\n", "\r\n", "\r", "[ref]: https://ref.example.org\n", "[ref]", "[x][ref]", "|a|b|");

  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(
      Site.from(Map.of("SITE_URL", "https://news.example.org", "IMAGE_HOSTS", "img.example")));
  private static final Parser PARSER = Parser.builder().build();

  @Test
  void blocksSanitizedAsEventsGiveTheBytesOfTheRoundTripThroughHtml() {
    AtomicInteger shortRoad = new AtomicInteger();
    AtomicInteger bodies = new AtomicInteger();
    qt().withExamples(5000).forAll(bodies()).checkAssert(markdown -> {
      Document document = (Document) PARSER.parse(markdown);
      String direct = MARKDOWN.sanitizedDirectly(document);
      bodies.incrementAndGet();
      if (direct != null) {
        shortRoad.incrementAndGet();
        assertThat(direct).as(markdown).isEqualTo(MARKDOWN.sanitizedByRoundTrip(document));
      }
    });
    assertThat(shortRoad.get()).as("bodies that took the short road").isGreaterThan(bodies.get() / 5);
  }

  @Test
  void aBodyThatTheShortRoadLeavesAloneStillComesOutSanitized() {
    Document withControl = (Document) PARSER.parse("un \u0007 mot <script>");

    assertThat(MARKDOWN.sanitizedDirectly(withControl)).isNull();
    assertThat(MARKDOWN.toHtml("un \u0007 mot <script>").toString()).isEqualTo("<p>un  mot &lt;script&gt;</p>\n");
  }

  private Gen<String> bodies() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(1, 40).map(parts -> String.join("", parts));
  }
}
