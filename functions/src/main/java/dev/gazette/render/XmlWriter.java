package dev.gazette.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written element by element, one per line, for feeds and sitemaps. The JDK's
 * stream writer escapes every text and attribute, so an editor's "&" or "<" stays text.
 */
final class XmlWriter {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final StringWriter text = new StringWriter();
  private final XMLStreamWriter xml;

  XmlWriter() {
    try {
      xml = FACTORY.createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot start an XML document", e);
    }
  }

  /** A start tag with attributes given as name, value pairs; "xmlns" ones declare namespaces. */
  XmlWriter open(String name, String... attributes) {
    return write(() -> {
      xml.writeStartElement(name);
      attributes(attributes);
      xml.writeCharacters("\n");
    });
  }

  /** An element holding only text: {@code <title>…</title>}. */
  XmlWriter leaf(String name, String value) {
    return write(() -> {
      xml.writeStartElement(name);
      xml.writeCharacters(xmlChars(value));
      xml.writeEndElement();
      xml.writeCharacters("\n");
    });
  }

  /** An element with attributes and no content: {@code <link rel="self" href="…"/>}. */
  XmlWriter empty(String name, String... attributes) {
    return write(() -> {
      xml.writeEmptyElement(name);
      attributes(attributes);
      xml.writeCharacters("\n");
    });
  }

  /** The end tag of the innermost open element. */
  XmlWriter close() {
    return write(() -> {
      xml.writeEndElement();
      xml.writeCharacters("\n");
    });
  }

  /** The finished document as UTF-8 bytes; every open element must have been closed. */
  byte[] bytes() {
    write(xml::writeEndDocument);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void attributes(String... pairs) throws XMLStreamException {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come as name, value pairs");
    }
    for (int i = 0; i < pairs.length; i += 2) {
      String name = pairs[i];
      String value = xmlChars(pairs[i + 1]);
      if (name.equals("xmlns")) {
        xml.writeDefaultNamespace(value);
      } else if (name.startsWith("xmlns:")) {
        xml.writeNamespace(name.substring("xmlns:".length()), value);
      } else {
        xml.writeAttribute(name, value);
      }
    }
  }

  private XmlWriter write(Step step) {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
  }

  /**
   * The text without the characters XML 1.0 cannot hold at all (most control characters, lone
   * surrogates): escaping cannot save them, and one would make the whole feed unreadable.
   */
  private static String xmlChars(String value) {
    StringBuilder kept = new StringBuilder(value.length());
    value.codePoints().filter(XmlWriter::allowed).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private interface Step {
    void run() throws XMLStreamException;
  }
}
