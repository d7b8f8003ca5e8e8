package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Picture;
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
 * only from the site's allowed sources. Bodies name library pictures too, with hostile alt texts
 * and captions, and the library's own words are hostile: picture markup comes out only as the
 * figures we write, with rendition URLs of the pictures given. The output is parsed with jsoup,
 * as a browser would.
 */
class SanitizerPropertiesTest implements WithQuickTheories {
  private static final Site SITE = Site.from(Map.of("SITE_URL", "https://news.example.org", "IMAGE_HOSTS", "img.example"));
  private static final Set<String> ALLOWED_ELEMENTS = Set.of("#root", "html", "head", "body", "p", "h2", "h3", "h4", "ul", "ol",
      "li", "blockquote", "em", "strong", "code", "pre", "hr", "br", "a", "img");
  /** What our figures are made of, and the only attributes each element of them carries. */
  private static final Map<String, Set<String>> FIGURE_ATTRIBUTES = Map.of(
      "figure", Set.of(), "picture", Set.of(), "figcaption", Set.of(),
      "source", Set.of("type", "srcset", "sizes"),
      "img", Set.of("src", "srcset", "sizes", "width", "height", "alt", "loading", "fetchpriority", "decoding"),
      "span", Set.of("class"));
  private static final List<String> HOSTILE_WORDS = List.of("\"><script>alert(1)</script>", "' onerror='alert(2)",
      "javascript:alert(3)", "<img src=x onerror=alert(4)>", "</figcaption><script>alert(5)</script>", "&quot;&#34;",
      "<span class=\"credit\" onclick=alert(6)>", "\u2028\u202e", "");
  private static final Map<String, Picture> PICTURES = Map.of(
      "p1", SamplePictures.picture("p1", "0123456789abcdef0123456789abcdef", 4000, 3000,
          HOSTILE_WORDS.get(0), HOSTILE_WORDS.get(4), HOSTILE_WORDS.get(2)),
      "p2", SamplePictures.picture("p2", "fedcba9876543210fedcba9876543210", 900, 600,
          HOSTILE_WORDS.get(3), null, HOSTILE_WORDS.get(6)));
  private static final String MEDIA_URL = "(https://news\\.example\\.org/media/(0123456789abcdef0123456789abcdef"
      + "|fedcba9876543210fedcba9876543210)/(16x9|4x3|1x1)-[0-9]+\\.(webp|jpg))";
  private static final String SRCSET = MEDIA_URL + " [0-9]+w(, " + MEDIA_URL + " [0-9]+w)*";

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
        if (element.closest("figure") == null) {
          assertThat(ALLOWED_ELEMENTS).as(element.outerHtml()).contains(element.normalName());
        }
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

  @Test
  void pictureMarkupComesOnlyAsOurFiguresOfTheLibraryPicturesTheBodyNames() {
    qt().withExamples(2000).forAll(hostileBodies()).checkAssert(body -> {
      Element root = rendered(body).body();
      for (Element element : root.select("figure, picture, source, figcaption, span")) {
        assertThat(element.closest("figure")).as(element.outerHtml()).isNotNull();
      }
      PICTURES.forEach((id, picture) -> {
        if (!body.contains("media:" + id)) {
          assertThat(root.select("figure img[src*=" + picture.imageHash() + "]")).as("a picture the body never names")
              .isEmpty();
        }
      });
      for (Element figure : root.select("figure")) {
        assertThat(figure.parent()).as("figures stand between blocks").isEqualTo(root);
        assertThat(figure.children()).extracting(Element::normalName).as(figure.outerHtml())
            .isIn(List.of("picture"), List.of("picture", "figcaption"));
        assertThat(figure.child(0).children()).extracting(Element::normalName).as(figure.outerHtml())
            .isIn(List.of("img"), List.of("source", "img"));
        for (Element part : figure.getAllElements()) {
          assertThat(FIGURE_ATTRIBUTES).as(part.outerHtml()).containsKey(part.normalName());
          assertThat(FIGURE_ATTRIBUTES.get(part.normalName())).as(part.outerHtml())
              .containsAll(part.attributes().asList().stream().map(Attribute::getKey).toList());
        }
        figure.select("figcaption *").forEach(inside -> assertThat(inside.normalName() + "." + inside.className())
            .as(figure.outerHtml()).isEqualTo("span.credit"));
        Element img = figure.selectFirst("picture > img");
        assertThat(img.attr("src")).as(figure.outerHtml()).matches(MEDIA_URL);
        assertThat(img.attr("srcset")).as(figure.outerHtml()).matches(SRCSET);
        figure.select("source").forEach(source -> assertThat(source.attr("srcset")).matches(SRCSET));
      }
    });
  }

  @Test
  void withoutLibraryPicturesNoBodyEverRendersPictureMarkup() {
    qt().withExamples(1000).forAll(hostileBodies()).checkAssert(body -> {
      Document html = Jsoup.parseBodyFragment(markdown.toHtml(body, Map.of()).toString());
      assertThat(html.select("figure, picture, source, figcaption, span")).as(html.body().html()).isEmpty();
      assertThat(html.select("img[srcset], img[sizes]")).isEmpty();
    });
  }

  @Test
  void hostileAltTextsAndCaptionsOfAPictureStayItsWordsExactly() {
    Gen<String> words = arbitrary().pick(HOSTILE_WORDS).mix(strings().basicLatinAlphabet().ofLengthBetween(0, 16), 50);
    qt().withExamples(1000).forAll(words, words).checkAssert((alt, caption) -> {
      Element root = rendered("![" + escaped(alt) + "](media:p1 \"" + escaped(caption) + "\")").body();
      Element figure = root.selectFirst("figure");

      assertThat(root.select("script")).isEmpty();
      assertThat(root.children()).extracting(Element::normalName).containsExactly("figure");
      String shownAlt = alt.strip().replaceAll("\\s+", " ");
      assertThat(figure.selectFirst("img").attr("alt"))
          .isEqualTo(shownAlt.isBlank() ? PICTURES.get("p1").alt().strip() : shownAlt.strip());
      Element line = figure.selectFirst("figcaption");
      assertThat(line.textNodes().get(0).getWholeText())
          .isEqualTo((caption.isBlank() ? PICTURES.get("p1").caption() : caption).strip() + " ");
      assertThat(line.children()).extracting(Element::normalName).containsExactly("span");
      assertThat(line.child(0).text()).isEqualTo(PICTURES.get("p1").credit());
    });
  }

  /** The text as Markdown that means exactly it: every ASCII punctuation escaped. */
  private static String escaped(String text) {
    StringBuilder markdown = new StringBuilder();
    text.chars().forEach(c -> {
      if (c < 128 && !Character.isLetterOrDigit(c) && c > ' ') {
        markdown.append('\\');
      }
      markdown.append((char) c);
    });
    return markdown.toString();
  }

  private Document rendered(String body) {
    return Jsoup.parseBodyFragment(markdown.toHtml(body, PICTURES).toString());
  }

  /** Bodies glued together from the fragments attackers use, Markdown shapes and Unicode tricks. */
  private Gen<String> hostileBodies() {
    Gen<String> piece = arbitrary().pick(HTML_FRAGMENTS)
        .mix(markdownWithUrl(), 40)
        .mix(mediaReference(), 30)
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

  /** A library picture named in the body, in the shapes editors write, with hostile words. */
  private Gen<String> mediaReference() {
    Gen<String> words = arbitrary().pick(HOSTILE_WORDS).mix(arbitrary().pick(HTML_FRAGMENTS), 30);
    Gen<String> id = arbitrary().pick(List.of("p1", "p2", "p1", "inconnu", "P1", "p1 ", "p2\"", "p1)"));
    return arbitrary().pick(MEDIA_SHAPES).zip(id, words, words,
        (shape, media, alt, title) -> shape.replace("ID", media).replace("ALT", alt).replace("TITLE", title));
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
      "&lt;script&gt;alert(30)&lt;/script&gt;", "<figure><picture><source srcset=\"javascript:alert(31)\"><img src=x></picture></figure>",
      "<span class=\"credit\" onclick=\"alert(32)\">x</span>", "<picture><source srcset=\"https://news.example.org/media/x 1w\"></picture>", "<", ">", "\"", "'", "&", "&#", "&#x", "</", "<!--", "-->", "<a ", "href=", "onerror=");

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
  private static final List<String> MEDIA_SHAPES = List.of("![ALT](media:ID)", "![ALT](media:ID \"TITLE\")",
      "\n\n![ALT](media:ID 'TITLE')\n\n", "Texte ![ALT](media:ID) suite", "![](<media:ID> (TITLE))",
      "[![ALT](media:ID)](https://ok.example/)", "- ![ALT](media:ID)", "> ![ALT](media:ID \"TITLE\")",
      "# ![ALT](media:ID)", "![![ALT](media:ID)](media:ID)", "![ALT][m]\n\n[m]: media:ID \"TITLE\"",
      "*![ALT](media:ID)*", "![ALT](media:ID\"TITLE\")", "<media:ID>", "![ALT](MEDIA:ID)");
  private static final List<String> UNICODE_TRICKS = List.of("\u202e", "\u200b", "\ufeff", "\u0000", "\ud800", "\udc00",
      "＜script＞alert(1)＜/script＞", "\u2028", "\u0085", "ｊａｖａｓｃｒｉｐｔ:alert(1)", "\u00a0");
}
