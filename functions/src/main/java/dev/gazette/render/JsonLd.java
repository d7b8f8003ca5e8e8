package dev.gazette.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.io.UncheckedIOException;

/**
 * Structured data for a {@code <script type="application/ld+json">} block. Written by Jackson
 * with {@code <}, {@code >} and {@code &} as unicode escapes, so a title holding
 * {@code </script>} stays inside the block; templates may therefore write it unescaped.
 */
public final class JsonLd implements Content {

  private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new ScriptSafe());

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
