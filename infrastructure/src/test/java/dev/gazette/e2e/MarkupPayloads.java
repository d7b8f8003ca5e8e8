package dev.gazette.e2e;

import java.util.List;

/**
 * Markup that tries to run in a reader's browser from a field an editor may fill: tags, event
 * handlers, script URLs (plain, entity-encoded, split by a tab), breakouts from attributes, the
 * title, JSON-LD and CDATA, and Markdown links and images with script URLs.
 */
final class MarkupPayloads {
  static final List<String> ALL = List.of(
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(2)>",
      "<svg onload=alert(3)>",
      "\"><script>alert(4)</script>",
      "'><img src=x onerror=alert(5)>",
      "</title><script>alert(6)</script>",
      "</script><script>alert(7)</script>",
      "javascript:alert(8)",
      "<a href=\"javascript:alert(9)\">lien</a>",
      "<iframe src=\"javascript:alert(10)\"></iframe>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(11)\">",
      "<body onload=alert(12)>",
      "<math><mi xlink:href=\"javascript:alert(13)\">x</mi></math>",
      "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxNCk8L3NjcmlwdD4=\"></object>",
      "<form action=\"javascript:alert(15)\"><button>ok</button></form>",
      "<style>*{background:url(\"javascript:alert(16)\")}</style>",
      "<base href=\"javascript:alert(17)//\">",
      "<scr<script>ipt>alert(18)</scr</script>ipt>",
      "&lt;script&gt;alert(19)&lt;/script&gt;",
      "<details open ontoggle=alert(20)>",
      "<a href=\"&#106;avascript:alert(21)\">lien</a>",
      "<a href=\"jav&#x09;ascript:alert(22)\">lien</a>",
      "<!--<script>alert(23)</script>-->",
      "]]><script>alert(24)</script><![CDATA[",
      "{{constructor.constructor('alert(25)')()}}");

  private static final String MARKDOWN_TRAPS = """
      [a](javascript:alert(101)) [b](JaVaScRiPt:alert(102)) [c](&#106;avascript:alert(103))
      [d](vbscript:msgbox(104)) [e](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMDUpPC9zY3JpcHQ+)
      ![f](javascript:alert(106)) ![g](https://evil.example/pixel.gif "onerror=alert(107)")
      <javascript:alert(108)> [h][ref] [i](https://ok.example/ "\\" onmouseover=\\"alert(110)")

      [ref]: javascript:alert(109)
      """;

  private MarkupPayloads() {}

  /** A Markdown body holding the payload inline, as a block of its own, and next to Markdown traps. */
  static String markdownAround(String payload) {
    return "Avant " + payload + " après.\n\n" + payload + "\n\n" + MARKDOWN_TRAPS;
  }
}
