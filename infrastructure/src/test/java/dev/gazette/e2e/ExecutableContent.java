package dev.gazette.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what a browser would run in an HTML page: a script other than our JSON-LD and our own
 * assets, an event-handler attribute, a javascript:, vbscript: or data: URL, or an element that
 * embeds another document.
 */
final class ExecutableContent {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> EMBEDDING = Set.of("iframe", "frame", "object", "embed", "applet", "base", "form");
  private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript:", "vbscript:", "data:");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
      "xlink:href", "data", "poster", "background", "cite", "codebase", "longdesc", "lowsrc", "dynsrc", "ping");

  private ExecutableContent() {}

  /** Each thing in {@code html} a browser would run, described; empty when there is none. */
  static List<String> in(String html) {
    Document page = Jsoup.parse(html);
    List<String> found = new ArrayList<>();
    for (Element script : page.select("script")) {
      if (script.attr("type").equals("application/ld+json")) {
        if (!isJson(script.data())) {
          found.add("structured data that is not JSON (broken out of?): " + script.outerHtml());
        }
      } else if (!(script.attr("src").startsWith("/assets/") && script.data().isBlank())) {
        found.add("a script: " + script.outerHtml());
      }
    }
    for (Element element : page.getAllElements()) {
      if (EMBEDDING.contains(element.normalName()) && !isSearchForm(element)) {
        found.add("an embedding element: " + element.outerHtml());
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          found.add("an event handler: " + name + " on " + element.normalName());
        }
        String value = schemeOf(attribute.getValue());
        if (URL_ATTRIBUTES.contains(name) && SCRIPT_SCHEMES.stream().anyMatch(value::startsWith)) {
          found.add("a script URL: " + name + "=\"" + attribute.getValue() + "\" on " + element.normalName());
        }
        boolean refresh = element.normalName().equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh");
        if (refresh && name.equals("content") && SCRIPT_SCHEMES.stream().anyMatch(value::contains)) {
          found.add("a refresh to a script URL: " + element.outerHtml());
        }
      }
    }
    return found;
  }

  /** The search page's own form: it sends q to the search page, a GET to the site itself. */
  private static boolean isSearchForm(Element element) {
    return element.normalName().equals("form") && element.attr("role").equals("search")
        && element.attr("action").equals("/recherche/") && element.attr("method").equals("get");
  }

  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
  private static String schemeOf(String value) {
    StringBuilder plain = new StringBuilder();
    value.codePoints().filter(c -> c > ' ' && !Character.isISOControl(c)).forEach(plain::appendCodePoint);
    return plain.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String text) {
    try {
      JSON.readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
