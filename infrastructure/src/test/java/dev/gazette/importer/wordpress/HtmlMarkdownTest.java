package dev.gazette.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlMarkdownTest {

  private static String markdown(String html) {
    return HtmlMarkdown.convert(html, "https://ancien.example/2020/01/01/texte/", true, url -> null).markdown();
  }

  @Test
  void textThatLooksLikeMarkupStaysText() {
    assertThat(markdown("Un *astérisque*, un _tiret_ et <b>du gras</b> &amp; [crochets]"))
        .isEqualTo("Un \\*astérisque\\*, un \\_tiret\\_ et **du gras** & \\[crochets\\]");
    assertThat(markdown("# pas un titre\n\n- pas une liste\n\n2019. Une année\n\n> pas une citation"))
        .isEqualTo("\\# pas un titre\n\n\\- pas une liste\n\n2019\\. Une année\n\n\\> pas une citation");
    assertThat(markdown("&lt;script&gt;alert(1)&lt;/script&gt;")).isEqualTo("\\<script>alert(1)\\</script>");
  }

  @Test
  void emphasisHugsItsWordsAndSpacesStayOutside() {
    assertThat(markdown("Un <strong>mot </strong>fort et <em> un autre</em>."))
        .isEqualTo("Un **mot** fort et *un autre*.");
  }

  @Test
  void nestedListsQuotesCodeAndHeadingsKeepTheirShape() {
    assertThat(markdown("<h1>Titre</h1><h5>Petit</h5><ol start=\"3\"><li>trois<ul><li>a</li></ul></li><li>quatre</li></ol>"
        + "<blockquote><p>Cité.</p><p>Encore.</p></blockquote><pre>int x = 1;\n\nx++;</pre><p>Le <code>code</code>.</p><hr>"))
        .isEqualTo("## Titre\n\n#### Petit\n\n3. trois\n\n   - a\n4. quatre\n\n> Cité.\n>\n> Encore.\n\n"
            + "```\nint x = 1;\n\nx++;\n```\n\nLe `code`.\n\n* * *");
  }

  @Test
  void scriptsAndStylesAreDroppedAndAnIframeBecomesItsAddress() {
    assertThat(markdown("Avant<script>alert(1)</script><style>p{}</style>\n\n<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>"))
        .isEqualTo("Avant\n\nhttps://www.youtube.com/embed/abc");
  }

  @Test
  void aLinkThatIsNotAWebAddressKeepsOnlyItsText() {
    assertThat(markdown("<a href=\"javascript:alert(1)\">clic</a> et <a href=\"mailto:redaction@ancien.example\">écrire</a>"))
        .isEqualTo("clic et [écrire](mailto:redaction@ancien.example)");
  }

  @Test
  void aPictureWithParenthesesOrQuotesStaysOnePicture() {
    var converted = HtmlMarkdown.convert("<img src=\"/wp-content/uploads/2020/01/vue (1).jpg\" alt=\"La vue [nord]\" "
        + "data-gazette-caption='Dite \"la belle\"'>", null, true, url -> null);
    assertThat(converted.markdown()).isEqualTo("![La vue (nord)](</wp-content/uploads/2020/01/vue (1).jpg> \"Dite ”la belle”\")");
    assertThat(converted.images()).singleElement().satisfies(image -> {
      assertThat(image.url()).isEqualTo("/wp-content/uploads/2020/01/vue (1).jpg");
      assertThat(OldSite.uploadsFile(image.url())).isEqualTo("2020/01/vue (1).jpg");
    });
  }

  @Test
  void shortcodesAreExpandedDroppedOrLeftAsText() {
    Map<String, Integer> dropped = new HashMap<>();
    Shortcodes shortcodes = new Shortcodes(Map.of("5", new Attachment("5", "https://ancien.example/wp-content/uploads/a.jpg",
        "Un âne", null, "9")), dropped);
    assertThat(shortcodes.expand("[[gallery]] [NDLR] [sic] [toc] [box color=\"red\"]dedans[/box] [spacer/] [gallery]", "9"))
        .isEqualTo("[gallery] [NDLR] [sic] [toc] dedans  \n\n<figure><img src=\"https://ancien.example/wp-content/uploads/a.jpg\" "
            + "alt=\"Un âne\"></figure>\n\n");
    assertThat(dropped).isEqualTo(Map.of("box", 1, "spacer", 1));
    assertThat(markdown(shortcodes.expand("[youtube https://www.youtube.com/watch?v=abc]", "9")))
        .isEqualTo("https://www.youtube.com/watch?v=abc");
    assertThat(markdown(shortcodes.expand("[caption caption=\"Légende\"]<img src=\"/x.jpg\" alt=\"X\">[/caption]", "9")))
        .isEqualTo("![X](/x.jpg \"Légende\")");
  }
}
