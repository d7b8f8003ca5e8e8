package dev.gazette.media;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A format uploads are accepted in, recognised from the bytes themselves, never from a name. */
public enum SourceFormat {
  JPEG("JPEG", List.of("image/jpeg", "image/jpg", "image/pjpeg")),
  PNG("PNG", List.of("image/png", "image/x-png")),
  WEBP("WebP", List.of("image/webp")),
  GIF("GIF", List.of("image/gif"));

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final String label;
  private final List<String> mediaTypes;

  SourceFormat(String label, List<String> mediaTypes) {
    this.label = label;
    this.mediaTypes = mediaTypes;
  }

  /** The format the bytes start like, if it is one we accept. */
  public static Optional<SourceFormat> recognise(byte[] bytes) {
    if (startsWith(bytes, 0, (byte) 0xff, (byte) 0xd8, (byte) 0xff)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, "RIFF".getBytes(ISO_8859_1)) && startsWith(bytes, 8, "WEBP".getBytes(ISO_8859_1))) {
      return Optional.of(WEBP);
    }
    if (startsWith(bytes, 0, "GIF87a".getBytes(ISO_8859_1)) || startsWith(bytes, 0, "GIF89a".getBytes(ISO_8859_1))) {
      return Optional.of(GIF);
    }
    return Optional.empty();
  }

  /** The name an editor knows it by: "JPEG", "WebP". */
  public String label() {
    return label;
  }

  /** The canonical media type: "image/jpeg". */
  public String mediaType() {
    return mediaTypes.get(0);
  }

  /**
   * Whether an upload's declared Content-Type names this format. Parameters and case do not
   * matter; no declaration at all is no claim, so it cannot be a false one.
   */
  public boolean isDeclaredBy(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    return mediaTypes.contains(essence(contentType));
  }

  /** "Image/PNG; charset=x" → "image/png". */
  static String essence(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
    return bytes.length >= offset + prefix.length
        && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
  }
}
