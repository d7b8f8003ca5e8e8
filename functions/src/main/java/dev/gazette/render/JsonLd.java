package dev.gazette.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Structured data for a {@code <script type="application/ld+json">} block. Written by Jackson
 * with {@code <}, {@code >} and {@code &} as unicode escapes, so a title holding
 * {@code </script>} stays inside the block; templates may therefore write it unescaped.
 */
public final class JsonLd implements Content {

  private static final ScriptSafe SCRIPT_SAFE = new ScriptSafe();
  private static final ObjectWriter WRITER = new ObjectMapper().writer().with(SCRIPT_SAFE);
  private static final JsonFactory STREAMS = new JsonFactory();

  private final String json;

  private JsonLd(String json) {
    this.json = json;
  }

  /** The node as JSON text that cannot close or break the script element holding it. */
  static JsonLd of(JsonNode node) {
    try {
      return new JsonLd(WRITER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What writes one document's fields onto a generator, in their order. */
  @FunctionalInterface
  interface Fields {
    void writeTo(JsonGenerator json) throws IOException;
  }

  /**
   * The same for a document written field by field, with the same escapes: an article page has
   * one, and building a tree of nodes for it only to write them cost more than the writing.
   */
  static JsonLd streamed(Fields fields) {
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator json = STREAMS.createGenerator(text)) {
      json.setCharacterEscapes(SCRIPT_SAFE);
      json.writeStartObject();
      fields.writeTo(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JsonLd(text.toString());
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeContent(json);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonLd that && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json;
  }

  private static final class ScriptSafe extends CharacterEscapes {
    private final int[] asciiEscapes = standardAsciiEscapesForJSON();

    ScriptSafe() {
      asciiEscapes['<'] = ESCAPE_STANDARD;
      asciiEscapes['>'] = ESCAPE_STANDARD;
      asciiEscapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return asciiEscapes;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
