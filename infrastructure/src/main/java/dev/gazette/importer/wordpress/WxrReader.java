package dev.gazette.importer.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress eXtended RSS file (what Tools → Export writes, WXR 1.0 to 1.2) with the JDK's
 * streaming parser, into its authors and items as written. A document type declaration is
 * refused before anything is read from it: an export has none, and one is how a hostile file
 * would read the machine's files (external entities) or blow up in memory (nested entities).
 */
final class WxrReader {
  private static final String WORDPRESS = "http://wordpress.org/export/";
  private static final Map<String, String> PREFIXES = Map.of(
      "http://purl.org/rss/1.0/modules/content/", "content",
      "http://purl.org/dc/elements/1.1/", "dc");

  private final XMLInputFactory factory;

  WxrReader() {
    // The JDK's own parser, whatever else is on the class path, with every way out closed.
    factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  WxrExport read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        return export(file, xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException malformed) {
      Location at = malformed.getLocation();
      String reason = "not well-formed XML: " + plainMessage(malformed);
      throw at == null ? new InvalidExport(file, reason)
          : new InvalidExport(file, at.getLineNumber(), at.getColumnNumber(), reason);
    }
  }

  private static WxrExport export(Path file, XMLStreamReader xml) throws XMLStreamException, InvalidExport {
    Map<String, String> authors = new HashMap<>();
    List<WxrItem> items = new ArrayList<>();
    boolean rss = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw new InvalidExport(file, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(),
            "a document type declaration (<!DOCTYPE …>) is refused: a WordPress export has none, "
                + "and one can read files or expand entities without end");
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = name(xml.getName());
      if (!rss) {
        if (!name.equals("rss")) {
          throw new InvalidExport(file, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(),
              "not a WordPress export: it starts with <" + xml.getLocalName() + ">, not <rss>");
        }
        rss = true;
      } else if (name.equals("item")) {
        items.add(item(xml));
      } else if (name.equals("wp:author")) {
        Map<String, String> author = children(xml);
        String login = author.get("wp:author_login");
        if (login != null) {
          String display = author.get("wp:author_display_name");
          authors.put(login.strip(), display == null || display.isBlank() ? login.strip() : display.strip());
        }
      }
    }
    if (!rss) {
      throw new InvalidExport(file, "not a WordPress export: no <rss> element");
    }
    return new WxrExport(authors, items);
  }

  private static WxrItem item(XMLStreamReader xml) throws XMLStreamException {
    int line = xml.getLocation().getLineNumber();
    Map<String, String> fields = new HashMap<>();
    List<WxrItem.Category> categories = new ArrayList<>();
    Map<String, String> meta = new LinkedHashMap<>();
    while (xml.next() != XMLStreamConstants.END_ELEMENT || !name(xml.getName()).equals("item")) {
      if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = name(xml.getName());
      switch (name) {
        case "category" -> {
          String domain = xml.getAttributeValue(null, "domain");
          String nicename = xml.getAttributeValue(null, "nicename");
          categories.add(new WxrItem.Category(domain, nicename, text(xml)));
        }
        case "wp:postmeta" -> {
          Map<String, String> pair = children(xml);
          String key = pair.get("wp:meta_key");
          if (key != null) {
            meta.putIfAbsent(key.strip(), pair.getOrDefault("wp:meta_value", ""));
          }
        }
        default -> fields.putIfAbsent(name, text(xml));
      }
    }
    return new WxrItem(line, fields.get("title"), fields.get("link"), fields.get("dc:creator"),
        fields.get("content:encoded"), fields.get("excerpt:encoded"), fields.get("wp:post_id"),
        fields.get("wp:post_date"), fields.get("wp:post_date_gmt"), fields.get("wp:post_name"),
        fields.get("wp:status"), fields.get("wp:post_type"), fields.get("wp:post_parent"),
        fields.get("wp:attachment_url"), categories, meta);
  }

  /** The text of each child element of the one the reader is on, by name; the reader ends on its end tag. */
  private static Map<String, String> children(XMLStreamReader xml) throws XMLStreamException {
    Map<String, String> children = new HashMap<>();
    while (xml.next() != XMLStreamConstants.END_ELEMENT) {
      if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
        String name = name(xml.getName());
        children.putIfAbsent(name, text(xml));
      }
    }
    return children;
  }

  /** All the text inside the element the reader is on (a nested element's too); the reader ends on its end tag. */
  private static String text(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    for (int depth = 1; depth > 0; ) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getText());
        default -> { }
      }
    }
    return text.toString();
  }

  /** A name as the export writes it ({@code wp:post_id}, {@code content:encoded}), whatever prefix the file binds. */
  private static String name(QName name) {
    String namespace = name.getNamespaceURI();
    if (namespace == null || namespace.isEmpty()) {
      return name.getLocalPart();
    }
    String prefix = namespace.startsWith(WORDPRESS)
        ? (namespace.endsWith("/excerpt/") ? "excerpt" : "wp")
        : PREFIXES.getOrDefault(namespace, namespace);
    return prefix + ":" + name.getLocalPart();
  }

  /** The parser's own words, without the location it prefixes (we name it our way). */
  private static String plainMessage(XMLStreamException malformed) {
    String message = String.valueOf(malformed.getMessage());
    int words = message.indexOf("Message: ");
    return (words >= 0 ? message.substring(words + "Message: ".length()) : message).strip();
  }
}
