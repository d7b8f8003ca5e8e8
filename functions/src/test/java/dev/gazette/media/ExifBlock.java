package dev.gazette.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * An EXIF APP1 segment made by hand, as a phone writes one: camera make, orientation and the GPS
 * position of where the picture was taken (48°51'29.5"N 2°17'40.2"E) — what must never be published.
 */
final class ExifBlock {
  static final String MAKE = "GazetteCam";

  private ExifBlock() {}

  /** The APP1 segment ("Exif\0\0" and a TIFF structure), in either byte order. */
  static byte[] app1(int orientation, boolean withGps, ByteOrder order) {
    return JpegFile.segment(0xe1, "Exif\0\0", tiff(orientation, withGps, order));
  }

  /** The TIFF structure alone, as PNG eXIf and WebP EXIF chunks hold it. */
  static byte[] tiff(int orientation, boolean withGps, ByteOrder order) {
    ByteBuffer b = ByteBuffer.allocate(256).order(order);
    b.put(order == ByteOrder.LITTLE_ENDIAN ? "II".getBytes(StandardCharsets.US_ASCII) : "MM".getBytes(StandardCharsets.US_ASCII));
    b.putShort((short) 42).putInt(8);
    int ifd0Entries = withGps ? 3 : 2;
    int ifd0End = 8 + 2 + ifd0Entries * 12 + 4;
    int makeAt = ifd0End;
    int gpsAt = makeAt + 12;
    int gpsEnd = gpsAt + 2 + 4 * 12 + 4;
    b.putShort((short) ifd0Entries);
    entry(b, 0x010f, 2, MAKE.length() + 1, makeAt); // Make, ASCII
    b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
    if (withGps) {
      entry(b, 0x8825, 4, 1, gpsAt); // GPSInfo IFD pointer
    }
    b.putInt(0);
    b.position(makeAt).put((MAKE + "\0").getBytes(StandardCharsets.US_ASCII));
    if (withGps) {
      b.position(gpsAt).putShort((short) 4);
      b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
      entry(b, 0x0002, 5, 3, gpsEnd);
      b.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
      entry(b, 0x0004, 5, 3, gpsEnd + 24);
      b.putInt(0);
      b.position(gpsEnd);
      rationals(b, 48, 1, 51, 1, 295, 10);
      rationals(b, 2, 1, 17, 1, 402, 10);
    }
    byte[] bytes = new byte[withGps ? gpsEnd + 48 : gpsAt];
    b.position(0).get(bytes);
    return bytes;
  }

  private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
    b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
  }

  private static void rationals(ByteBuffer b, int... parts) {
    for (int part : parts) {
      b.putInt(part);
    }
  }
}
