package dev.gazette.importer.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The WordPress shortcodes of a post's content, turned into the HTML they stand for where an
 * article has it: {@code [caption]} a picture with its caption, {@code [embed]} (and Jetpack's
 * {@code [youtube]}, {@code [vimeo]}, {@code [dailymotion]}) the address alone on a line (the site
 * makes it a click-to-load embed), {@code [gallery]} its pictures one after another. Any other
 * shortcode is dropped, the text it encloses kept, and counted by name. A bracketed word with no
 * attributes and no closing tag ({@code [sic]}, {@code [NDLR]}) is text, not a shortcode;
 * {@code [[name]]} is WordPress's way of writing {@code [name]} as text.
 */
final class Shortcodes {
  private static final Pattern OPEN = Pattern.compile("\\[(\\[?)([a-z][a-z0-9_-]*)((?:\\s[^\\[\\]]*?)?)\\s*(/?)\\](\\]?)");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([\\w-]+)\\s*=\\s*\"([^\"]*)\"|([\\w-]+)\\s*=\\s*'([^']*)'|([\\w-]+)\\s*=\\s*([^\\s'\"]+)|\"([^\"]*)\"|(\\S+)");
  private static final Set<String> EMBEDS = Set.of("embed", "youtube", "vimeo", "dailymotion");
  private static final Set<String> KNOWN = Set.of("caption", "wp_caption", "gallery", "embed", "youtube", "vimeo",
      "dailymotion", "audio", "video", "playlist");

  private final Map<String, Attachment> attachments;
  private final Map<String, List<Attachment>> byPost;
  private final Map<String, Integer> dropped;

  /**
   * @param attachments the export's pictures, by id
   * @param dropped where each dropped shortcode is counted, by name
   */
  Shortcodes(Map<String, Attachment> attachments, Map<String, Integer> dropped) {
    this.attachments = attachments;
    // Once, not per [gallery]: an export has thousands of pictures.
    this.byPost = attachments.values().stream().filter(attachment -> attachment.parent() != null)
        .collect(Collectors.groupingBy(Attachment::parent, LinkedHashMap::new, Collectors.toList()));
    this.dropped = dropped;
  }

  /** The content with its shortcodes expanded or dropped. */
  String expand(String content, String postId) {
    if (content == null || content.indexOf('[') < 0) {
      return content;
    }
    StringBuilder out = new StringBuilder();
    Matcher open = OPEN.matcher(content);
    int at = 0;
    while (open.find(at)) {
      out.append(content, at, open.start());
      String name = open.group(2);
      if (!open.group(1).isEmpty() && !open.group(5).isEmpty()) {
        out.append(content, open.start() + 1, open.end() - 1); // [[name]]: the text [name]
        at = open.end();
        continue;
      }
      boolean selfClosed = !open.group(4).isEmpty();
      int close = selfClosed ? -1 : content.indexOf("[/" + name + "]", open.end());
      String inner = close < 0 ? null : content.substring(open.end(), close);
      Map<String, String> attributes = attributes(open.group(3));
      if (!KNOWN.contains(name) && attributes.isEmpty() && !selfClosed && inner == null) {
        out.append(open.group()); // text in brackets
        at = open.end();
        continue;
      }
      // An opening [[ or closing ]] on a real shortcode is text around it.
      out.append(open.group(1));
      out.append(shortcode(name, attributes, inner, postId));
      out.append(open.group(5));
      at = inner == null ? open.end() : close + name.length() + 3;
    }
    out.append(content.substring(at));
    return out.toString();
  }

  private String shortcode(String name, Map<String, String> attributes, String inner, String postId) {
    if (name.equals("caption") || name.equals("wp_caption")) {
      return caption(attributes, inner == null ? "" : expand(inner, postId));
    }
    if (EMBEDS.contains(name)) {
      String url = inner != null && !inner.isBlank() ? inner.strip()
          : attributes.getOrDefault("url", attributes.getOrDefault("0", ""));
      if (url.matches("(?i)https?://\\S+")) {
        return "\n\n<p>" + Entities.escape(url) + "</p>\n\n";
      }
    }
    if (name.equals("gallery")) {
      return gallery(attributes, postId);
    }
    dropped.merge(name, 1, Integer::sum);
    return inner == null ? "" : expand(inner, postId);
  }

  /** {@code [caption]<img …> words[/caption]}: the picture in a figure, the words its caption. */
  private static String caption(Map<String, String> attributes, String inner) {
    Element body = Jsoup.parseBodyFragment(inner).body();
    Element img = body.selectFirst("img");
    if (img == null) {
      return inner;
    }
    Element holder = img.parent() != null && img.parent().normalName().equals("a") && img.parent().text().isBlank()
        ? img.parent() : img;
    holder.remove();
    String caption = attributes.containsKey("caption") ? attributes.get("caption") : body.text();
    img.removeAttr(HtmlMarkdown.CAPTION);
    return "\n\n<figure>" + img.outerHtml() + "<figcaption>" + Entities.escape(caption.strip())
        + "</figcaption></figure>\n\n";
  }

  /** {@code [gallery ids="3,4"]} (or, without ids, the pictures uploaded to the post): each picture in turn. */
  private String gallery(Map<String, String> attributes, String postId) {
    List<Attachment> shown = new ArrayList<>();
    String ids = attributes.getOrDefault("ids", attributes.get("include"));
    if (ids != null) {
      for (String id : ids.split(",")) {
        Attachment attachment = attachments.get(id.strip());
        if (attachment != null) {
          shown.add(attachment);
        }
      }
    } else {
      shown.addAll(byPost.getOrDefault(postId, List.of()));
    }
    StringBuilder html = new StringBuilder("\n\n");
    for (Attachment picture : shown) {
      html.append("<figure><img src=\"").append(Entities.escape(picture.url())).append("\" alt=\"")
          .append(Entities.escape(picture.alt() == null ? "" : picture.alt())).append("\">");
      if (picture.caption() != null && !picture.caption().isBlank()) {
        html.append("<figcaption>").append(Entities.escape(picture.caption().strip())).append("</figcaption>");
      }
      html.append("</figure>\n\n");
    }
    return html.toString();
  }

  /** A shortcode's attributes by name; positional ones by their place ("0", "1"…). */
  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher attribute = ATTRIBUTE.matcher(text == null ? "" : text);
    int position = 0;
    while (attribute.find()) {
      if (attribute.group(1) != null) {
        attributes.put(attribute.group(1).toLowerCase(), attribute.group(2));
      } else if (attribute.group(3) != null) {
        attributes.put(attribute.group(3).toLowerCase(), attribute.group(4));
      } else if (attribute.group(5) != null) {
        attributes.put(attribute.group(5).toLowerCase(), attribute.group(6));
      } else {
        String value = attribute.group(7) != null ? attribute.group(7) : attribute.group(8);
        attributes.put(String.valueOf(position++), value);
      }
    }
    return attributes;
  }
}
