package dev.gazette.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Edits of a PNG file at the chunk level, with correct CRCs: headers that lie, chunks added. */
final class PngChunks {
  private static final int IHDR_END = 8 + 8 + 13 + 4;

  private PngChunks() {}

  /** {@code png} with its IHDR declaring {@code width} × {@code height}, the pixel data unchanged. */
  static byte[] declaringSize(byte[] png, int width, int height) {
    byte[] ihdr = java.util.Arrays.copyOfRange(png, 16, 29);
    ByteBuffer.wrap(ihdr).putInt(0, width).putInt(4, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, 8);
    out.writeBytes(chunk("IHDR", ihdr));
    out.write(png, IHDR_END, png.length - IHDR_END);
    return out.toByteArray();
  }

  /** {@code png} with a chunk inserted right after IHDR. */
  static byte[] withChunkAfterHeader(byte[] png, String type, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, IHDR_END);
    out.writeBytes(chunk(type, data));
    out.write(png, IHDR_END, png.length - IHDR_END);
    return out.toByteArray();
  }

  /** {@code png} with the bytes of its first IDAT's data overwritten by {@code garbage} (CRC fixed). */
  static byte[] withGarbledData(byte[] png, byte garbage) {
    byte[] copy = png.clone();
    int pos = 8;
    while (!new String(copy, pos + 4, 4, StandardCharsets.ISO_8859_1).equals("IDAT")) {
      pos += 12 + ByteBuffer.wrap(copy, pos, 4).getInt();
    }
    int length = ByteBuffer.wrap(copy, pos, 4).getInt();
    java.util.Arrays.fill(copy, pos + 8, pos + 8 + length, garbage);
    CRC32 crc = new CRC32();
    crc.update(copy, pos + 4, 4 + length);
    ByteBuffer.wrap(copy).putInt(pos + 8 + length, (int) crc.getValue());
    return copy;
  }

  static byte[] chunk(String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
        .putInt((int) crc.getValue()).array();
  }
}
