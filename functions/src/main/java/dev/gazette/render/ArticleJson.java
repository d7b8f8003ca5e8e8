package dev.gazette.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON document of an article page, for apps and scripts that read the site. Written field
 * by field in a fixed order, so the same page always gives the same bytes; streamed, with no tree
 * of nodes built to be thrown away.
 */
final class ArticleJson {

  /** About what a 600-word page with a lead picture and four related articles writes. */
  private static final int EXPECTED_SIZE = 16 * 1024;

  private final ObjectMapper mapper;

  ArticleJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The document as UTF-8 bytes. */
  byte[] write(ArticlePage page) {
    ByteArrayBuilder bytes = new ByteArrayBuilder(EXPECTED_SIZE);
    try (JsonGenerator json = mapper.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringField("id", page.id());
      json.writeStringField("slug", page.slug().value());
      json.writeStringField("url", page.head().canonicalUrl().toString());
      json.writeStringField("title", page.title());
      json.writeStringField("summary", page.summary());
      body(json, page.body());
      json.writeStringField("author", page.author());
      json.writeStringField("location", page.location());
      image(json, page);
      json.writeArrayFieldStart("topics");
      for (TopicLabel topic : page.topics()) {
        json.writeStartObject();
        json.writeStringField("name", topic.name());
        json.writeStringField("slug", topic.slug().value());
        json.writeStringField("url", topic.url());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("publishedAt", page.publishedIso());
      json.writeStringField("updatedAt", page.updatedIso());
      json.writeStringField("revisedAt", page.revisedIso());
      json.writeArrayFieldStart("corrections");
      for (CorrectionNote note : page.corrections()) {
        json.writeStartObject();
        json.writeStringField("at", note.iso());
        json.writeStringField("kind", note.kind());
        json.writeStringField("heading", note.heading());
        json.writeStringField("text", note.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("language", page.head().language());
      json.writeArrayFieldStart("related");
      for (ArticleTeaser teaser : page.related()) {
        json.writeStartObject();
        json.writeStringField("title", teaser.title());
        json.writeStringField("slug", teaser.slug().value());
        json.writeStringField("url", teaser.url());
        json.writeStringField("excerpt", teaser.excerpt());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The body's HTML, from its UTF-8 bytes where that gives the same output: the writer then
   * escapes quotes and controls but copies the (mostly accented) text instead of encoding it.
   */
  private static void body(JsonGenerator json, SafeHtml body) throws IOException {
    json.writeFieldName("bodyHtml");
    if (body.hasSurrogates()) {
      json.writeString(body.toString());
    } else {
      json.writeUTF8String(body.utf8(), 0, body.utf8().length);
    }
  }

  /** The lead picture as the page shows it, with every rendition; null when there is none. */
  private static void image(JsonGenerator json, ArticlePage page) throws IOException {
    Figure lead = page.lead();
    if (lead == null) {
      json.writeNullField("image");
      return;
    }
    json.writeObjectFieldStart("image");
    json.writeStringField("url", lead.src());
    json.writeNumberField("width", lead.width());
    json.writeNumberField("height", lead.height());
    json.writeStringField("alt", lead.alt());
    json.writeStringField("caption", lead.caption());
    json.writeStringField("credit", lead.credit());
    json.writeArrayFieldStart("renditions");
    for (RenditionFile rendition : page.leadRenditions()) {
      json.writeStartObject();
      json.writeStringField("crop", rendition.crop());
      json.writeStringField("format", rendition.format());
      json.writeNumberField("width", rendition.width());
      json.writeNumberField("height", rendition.height());
      json.writeStringField("url", rendition.url());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
