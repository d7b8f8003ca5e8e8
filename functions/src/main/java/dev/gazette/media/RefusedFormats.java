package dev.gazette.media;

import static dev.gazette.media.SourceFormat.startsWith;

import dev.gazette.media.UnusableImage.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Why bytes that are not an accepted format were refused, named as precisely as their first bytes
 * allow: an editor who sent a HEIC photo or an SVG logo learns what to send instead.
 */
final class RefusedFormats {
  private static final String SEND = "; send a JPEG, PNG, WebP or still GIF";
  private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
      "hevs", "mif1", "msf1");
  private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

  private RefusedFormats() {}

  /** The refusal for bytes that {@link SourceFormat#recognise} did not recognise. */
  static UnusableImage refusal(byte[] bytes) {
    if (bytes.length == 0) {
      return new UnusableImage(Kind.NOT_AN_IMAGE, "not an image: the upload is empty");
    }
    String markup = markup(bytes);
    if (markup != null) {
      return markup.contains("<svg")
          ? new UnusableImage(Kind.UNSUPPORTED_FORMAT, "SVG is not accepted: it can carry scripts" + SEND)
          : new UnusableImage(Kind.NOT_AN_IMAGE, "not an image: the upload is text (XML or HTML)");
    }
    if (startsWith(bytes, 4, ascii("ftyp")) && bytes.length >= 12) {
      String brand = new String(bytes, 8, 4, StandardCharsets.ISO_8859_1);
      if (HEIF_BRANDS.contains(brand)) {
        return unsupported("HEIC", "no decoder runs in our functions; on an iPhone choose Most Compatible");
      }
      if (AVIF_BRANDS.contains(brand)) {
        return unsupported("AVIF", "no decoder runs in our functions");
      }
    }
    if (startsWith(bytes, 0, ascii("II*\0")) || startsWith(bytes, 0, ascii("MM\0*"))) {
      return unsupported("TIFF", "camera raw and print files are not published as they are");
    }
    if (startsWith(bytes, 0, ascii("8BPS"))) {
      return unsupported("Photoshop (PSD)", "export the picture flattened");
    }
    if (startsWith(bytes, 0, ascii("BM"))) {
      return unsupported("BMP", "it is uncompressed");
    }
    if (startsWith(bytes, 0, (byte) 0xff, (byte) 0x0a) || startsWith(bytes, 4, ascii("JXL "))) {
      return unsupported("JPEG XL", "browsers cannot show it yet");
    }
    if (startsWith(bytes, 0, ascii("%PDF"))) {
      return new UnusableImage(Kind.NOT_AN_IMAGE, "not an image: the upload is a PDF document");
    }
    return new UnusableImage(Kind.NOT_AN_IMAGE, "not an image: the bytes are none of JPEG, PNG, WebP or GIF");
  }

  private static UnusableImage unsupported(String format, String why) {
    return new UnusableImage(Kind.UNSUPPORTED_FORMAT, format + " is not accepted: " + why + SEND);
  }

  /** The first 4 KB in lower case if the upload starts like markup (after a BOM and blanks), or null. */
  private static String markup(byte[] bytes) {
    int start = startsWith(bytes, 0, (byte) 0xef, (byte) 0xbb, (byte) 0xbf) ? 3 : 0;
    while (start < bytes.length && Character.isWhitespace(bytes[start])) {
      start++;
    }
    if (start >= bytes.length || bytes[start] != '<') {
      return null;
    }
    int end = Math.min(bytes.length, start + 4096);
    return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
