package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.site.Site;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Whatever an editor types, built from the fragments attackers use, the rendered body holds no
 * script, no event handler, no script URL, links that do not hand our page to theirs, and images
 * only from the site's allowed sources. The output is parsed with jsoup, as a browser would.
 */
class SanitizerPropertiesTest implements WithQuickTheories {
  private static final Site SITE = Site.from(Map.of("SITE_URL", "https://news.example.org", "IMAGE_HOSTS", "img.example"));
  private static final Set<String> ALLOWED_ELEMENTS = Set.of("#root", "html", "head", "body", "p", "h2", "h3", "h4", "ul", "ol",
      "li", "blockquote", "em", "strong", "code", "pre", "hr", "br", "a", "img");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
      "xlink:href", "data", "poster", "background", "cite", "codebase", "longdesc");
  private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "data:", "vbscript:");

  private final MarkdownRenderer markdown = new MarkdownRenderer(SITE);

  @Test
  void noBodyEverRendersAScriptAnEventHandlerOrAScriptUrl() {
    qt().withExamples(2000).forAll(hostileBodies()).checkAssert(body -> {
      Document html = rendered(body);
      assertThat(html.select("script")).isEmpty();
      for (Element element : html.getAllElements()) {
        assertThat(ALLOWED_ELEMENTS).as(element.outerHtml()).contains(element.normalName());
        for (Attribute attribute : element.attributes()) {
          String name = attribute.getKey().toLowerCase(Locale.ROOT);
          assertThat(name).as(element.outerHtml()).doesNotStartWith("on");
          if (URL_ATTRIBUTES.contains(name)) {
            String url = withoutInvisibles(attribute.getValue());
            assertThat(SCRIPT_SCHEMES).as(element.outerHtml()).noneMatch(url::startsWith);
          }
        }
      }
    });
  }

  @Test
  void everyLinkOpensWithoutGivingTheTargetPageAccessToOurs() {
    qt().withExamples(1000).forAll(hostileBodies()).checkAssert(body -> {
      for (Element link : rendered(body).select("a[href]")) {
        assertThat(link.attr("rel").split(" ")).as(link.outerHtml()).contains("noopener", "noreferrer");
        assertThat(link.attr("href").toLowerCase(Locale.ROOT)).as(link.outerHtml())
            .matches("(?s)(https?://|mailto:).*");
      }
    });
  }

  @Test
  void imagesComeOnlyFromAnAllowedHostOrTheSite() {
    qt().withExamples(1000).forAll(hostileBodies()).checkAssert(body -> {
      for (Element image : rendered(body).select("img")) {
        assertThat(image.attr("src")).as(image.outerHtml())
            .matches("(?s)(?i:https://img\\.example)/.*|(?i:https://news\\.example\\.org)/.*|/(?![/\\\\]).*");
      }
    });
  }

  private Document rendered(String body) {
    return Jsoup.parseBodyFragment(markdown.toHtml(body).toString());
  }

  /** Bodies glued together from the fragments attackers use, Markdown shapes and Unicode tricks. */
  private Gen<String> hostileBodies() {
    Gen<String> piece = arbitrary().pick(HTML_FRAGMENTS)
        .mix(markdownWithUrl(), 40)
        .mix(strings().allPossible().ofLengthBetween(0, 20), 10)
        .mix(arbitrary().pick(UNICODE_TRICKS), 10);
    Gen<String> glue = arbitrary().pick(List.of("", " ", "\n", "\n\n", "    ", "\t", "> ", "- ", "1. ", "# ",
        "\u0000", "`"));
    return lists().of(glue.zip(piece, (g, p) -> g + p)).ofSizeBetween(1, 12)
        .map(parts -> String.join("", parts));
  }

  private Gen<String> markdownWithUrl() {
    Gen<String> url = arbitrary().pick(SCHEMES).zip(longs().all(), arbitrary().pick(PAYLOADS),
        (scheme, seed, payload) -> mixedCase(scheme, seed) + payload);
    return arbitrary().pick(MARKDOWN_SHAPES).zip(url, (shape, target) -> shape.replace("URL", target));
  }

  private static String mixedCase(String text, long seed) {
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      mixed.append(((seed >> (i % 63)) & 1) == 1 ? Character.toUpperCase(c) : c);
    }
    return mixed.toString();
  }

  // Browsers skip whitespace and control characters in a URL's scheme ("java\tscript:").
  private static String withoutInvisibles(String url) {
    StringBuilder plain = new StringBuilder();
    url.codePoints().filter(c -> c > ' ' && !Character.isISOControl(c)).forEach(plain::appendCodePoint);
    return plain.toString().toLowerCase(Locale.ROOT);
  }

  private static final List<String> HTML_FRAGMENTS = List.of(
      "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(2)>",
      "<img src=\"https://img.example/a.png\" onload=alert(3)>", "<svg onload=alert(4)>", "<svg><script>alert(5)</script></svg>",
      "<iframe src=\"javascript:alert(6)\"></iframe>", "<a href=\"javascript:alert(7)\">x</a>",
      "<a href=\"&#106;avascript:alert(8)\">x</a>", "<a href=\"jav&#x09;ascript:alert(9)\">x</a>",
      "<a href=\"https://ok.example\" onclick=\"alert(10)\">x</a>", "<body onload=alert(11)>",
      "<math><mi xlink:href=\"javascript:alert(12)\">x</mi></math>", "<object data=\"javascript:alert(13)\"></object>",
      "<embed src=\"javascript:alert(14)\">", "<form action=\"javascript:alert(15)\"><button>x</button></form>",
      "<style>@import 'javascript:alert(16)';</style>", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(17)\">",
      "<base href=\"javascript:alert(18)//\">", "<details open ontoggle=alert(19)>", "<scr<script>ipt>alert(20)</scr</script>ipt>",
      "<!--<script>alert(21)</script>-->", "<![CDATA[<script>alert(22)</script>]]>", "\"><script>alert(23)</script>",
      "'><img src=x onerror=alert(24)>", "</p><script>alert(25)</script><p>", "<div style=\"background:url(javascript:alert(26))\">",
      "<input autofocus onfocus=alert(27)>", "<video><source onerror=alert(28)></video>", "<a href=\"data:text/html,<script>alert(29)</script>\">x</a>",
      "&lt;script&gt;alert(30)&lt;/script&gt;", "<", ">", "\"", "'", "&", "&#", "&#x", "</", "<!--", "-->", "<a ", "href=", "onerror=");

  private static final List<String> SCHEMES = List.of("javascript:", "vbscript:", "data:text/html;base64,", "data:image/svg+xml,",
      "java\tscript:", "java\nscript:", "java\u0000script:", "java\u200bscript:", "\u0001javascript:", " javascript:",
      "&#106;avascript:", "&#x6A;avascript:", "&#0000106avascript:", "javascript&colon;", "jav&#x09;ascript:", "%6A%61vascript:",
      "ｊａｖａｓｃｒｉｐｔ:", "\u202ejavascript:", "https://evil.example/", "http://img.example/", "https://img.example/",
      "//evil.example/", "/\\evil.example/", "/", "mailto:", "https://img.example@evil.example/");
  private static final List<String> PAYLOADS = List.of("alert(1)", "alert(document.cookie)", "x.png", "%0aalert(1)",
      "\"onerror=\"alert(1)", "' onmouseover='alert(1)", ")<script>alert(1)</script>", "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==");
  private static final List<String> MARKDOWN_SHAPES = List.of("[lien](URL)", "![image](URL)", "<URL>", "[lien](<URL>)",
      "[lien][r]\n\n[r]: URL", "![image][r]\n\n[r]: URL", "[lien](URL \"titre\")", "![![dedans](URL)](https://img.example/a.png)",
      "[![image](URL)](URL)", "<a href=\"URL\">brut</a>", "<img src=\"URL\">");
  private static final List<String> UNICODE_TRICKS = List.of("\u202e", "\u200b", "\ufeff", "\u0000", "\ud800", "\udc00",
      "＜script＞alert(1)＜/script＞", "\u2028", "\u0085", "ｊａｖａｓｃｒｉｐｔ:alert(1)", "\u00a0");
}
