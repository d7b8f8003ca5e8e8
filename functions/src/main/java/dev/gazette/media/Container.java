package dev.gazette.media;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.Arrays;

/**
 * What an upload's container says besides its pixels, read by walking its segments or chunks
 * (never trusting a length past the end): the EXIF block, whether it is animated, and whether it
 * reaches its end marker. Decoders stay quiet about all three: a truncated PNG, GIF or WebP can
 * decode to a half-grey picture or fail with a bare EOF, and an APNG decodes as its first frame.
 */
record Container(byte[] exif, boolean animated, boolean complete) {

  private static final byte[] EXIF_HEADER = {'E', 'x', 'i', 'f', 0, 0};

  /** The container facts of {@code bytes}, already recognised as {@code format}. */
  static Container of(SourceFormat format, byte[] bytes) {
    return switch (format) {
      case JPEG -> jpeg(bytes);
      case PNG -> png(bytes);
      case WEBP -> webp(bytes);
      // A GIF's frames are counted by its reader; its end is the trailer byte ';'.
      case GIF -> new Container(null, false, lastNonZero(bytes) == 0x3b);
    };
  }

  /** JPEG segments up to the first scan; completeness is the decoder's warning to give. */
  private static Container jpeg(byte[] b) {
    int pos = 2;
    while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xff) {
      int marker = b[pos + 1] & 0xff;
      if (marker == 0xff) {
        pos++; // fill byte
        continue;
      }
      if (marker == 0xda || marker == 0xd9) {
        break;
      }
      int length = u16(b, pos + 2);
      int data = pos + 4;
      if (length < 2 || data + length - 2 > b.length) {
        break;
      }
      if (marker == 0xe1 && length - 2 >= EXIF_HEADER.length && SourceFormat.startsWith(b, data, EXIF_HEADER)) {
        return new Container(Arrays.copyOfRange(b, data + EXIF_HEADER.length, data + length - 2), false, true);
      }
      pos = data + length - 2;
    }
    return new Container(null, false, true);
  }

  /** PNG chunks: acTL (before the image data) makes an APNG; eXIf; IEND ends it. */
  private static Container png(byte[] b) {
    byte[] exif = null;
    boolean animated = false;
    int pos = 8;
    while (pos + 12 <= b.length) {
      long length = u32be(b, pos);
      String type = new String(b, pos + 4, 4, ISO_8859_1);
      if (length > b.length - pos - 12L) {
        break;
      }
      int data = pos + 8;
      switch (type) {
        case "acTL" -> animated = true;
        case "eXIf" -> exif = Arrays.copyOfRange(b, data, data + (int) length);
        case "IEND" -> {
          return new Container(exif, animated, true);
        }
        default -> { }
      }
      pos = data + (int) length + 4;
    }
    return new Container(exif, animated, false);
  }

  /** RIFF chunks: the declared size must all be there; VP8X's animation flag or ANIM; EXIF. */
  private static Container webp(byte[] b) {
    long declared = u32le(b, 4) + 8;
    byte[] exif = null;
    boolean animated = false;
    int pos = 12;
    while (pos + 8 <= b.length) {
      String fourcc = new String(b, pos, 4, ISO_8859_1);
      long length = u32le(b, pos + 4);
      int data = pos + 8;
      if (length > b.length - data) {
        break;
      }
      switch (fourcc) {
        case "VP8X" -> animated |= length > 0 && (b[data] & 0x02) != 0;
        case "ANIM", "ANMF" -> animated = true;
        case "EXIF" -> exif = stripExifHeader(Arrays.copyOfRange(b, data, data + (int) length));
        default -> { }
      }
      pos = data + (int) length + (int) (length & 1);
    }
    return new Container(exif, animated, b.length >= declared);
  }

  private static byte[] stripExifHeader(byte[] exif) {
    return SourceFormat.startsWith(exif, 0, EXIF_HEADER) ? Arrays.copyOfRange(exif, EXIF_HEADER.length, exif.length) : exif;
  }

  private static int lastNonZero(byte[] b) {
    int i = b.length - 1;
    while (i >= 0 && b[i] == 0) {
      i--;
    }
    return i < 0 ? -1 : b[i] & 0xff;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static long u32be(byte[] b, int at) {
    return (long) u16(b, at) << 16 | u16(b, at + 2);
  }

  private static long u32le(byte[] b, int at) {
    return b.length < at + 4 ? 0 : (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
  }
}
