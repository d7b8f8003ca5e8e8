package dev.gazette.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A JPEG file taken apart into its marker segments, and put together with more of them. */
record JpegFile(List<Segment> segments) {

  /** One marker and its payload (empty for SOI, EOI; for SOS, the header only). */
  record Segment(int marker, byte[] payload) {
    String payloadText() {
      return new String(payload, StandardCharsets.ISO_8859_1);
    }
  }

  /** Every marker in the file, the entropy-coded data between scans skipped. */
  static JpegFile parse(byte[] b) {
    List<Segment> segments = new ArrayList<>();
    if ((b[0] & 0xff) != 0xff || (b[1] & 0xff) != 0xd8) {
      throw new IllegalArgumentException("not a JPEG");
    }
    segments.add(new Segment(0xd8, new byte[0]));
    int pos = 2;
    while (pos + 1 < b.length) {
      if ((b[pos] & 0xff) != 0xff) {
        throw new IllegalArgumentException("no marker at " + pos);
      }
      int marker = b[pos + 1] & 0xff;
      if (marker == 0xd9) {
        segments.add(new Segment(marker, new byte[0]));
        break;
      }
      int length = (b[pos + 2] & 0xff) << 8 | (b[pos + 3] & 0xff);
      byte[] payload = java.util.Arrays.copyOfRange(b, pos + 4, pos + 2 + length);
      segments.add(new Segment(marker, payload));
      pos += 2 + length;
      if (marker == 0xda) {
        // Entropy-coded data ends at the next marker that is neither a stuffed 0 nor a restart.
        while (pos + 1 < b.length && !((b[pos] & 0xff) == 0xff && b[pos + 1] != 0
            && ((b[pos + 1] & 0xff) < 0xd0 || (b[pos + 1] & 0xff) > 0xd7))) {
          pos++;
        }
      }
    }
    return new JpegFile(segments);
  }

  List<Integer> markers() {
    return segments.stream().map(Segment::marker).toList();
  }

  /** {@code jpeg} with {@code extra} segments right after its SOI, as cameras and agencies put them. */
  static byte[] withSegments(byte[] jpeg, byte[]... extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    for (byte[] segment : extra) {
      out.writeBytes(segment);
    }
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A marker segment: FF, marker, length, payload. */
  static byte[] segment(int marker, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xff);
    out.write(marker);
    out.write((payload.length + 2) >> 8);
    out.write((payload.length + 2) & 0xff);
    out.writeBytes(payload);
    return out.toByteArray();
  }

  static byte[] segment(int marker, String header, byte[] body) {
    byte[] head = header.getBytes(StandardCharsets.ISO_8859_1);
    byte[] payload = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, payload, head.length, body.length);
    return segment(marker, payload);
  }
}
