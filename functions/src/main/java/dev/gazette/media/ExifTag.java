package dev.gazette.media;

/**
 * Reads the one EXIF tag processing needs, Orientation (0x0112), from IFD0 of a TIFF structure,
 * checking every offset against the block: EXIF comes from strangers' cameras and tools.
 */
final class ExifTag {
  private static final int ORIENTATION = 0x0112;
  private static final int SHORT = 3;

  private ExifTag() {}

  /** The Orientation value, or 1 (upright) when the block has none or cannot be read. */
  static int orientation(byte[] tiff) {
    if (tiff.length < 8) {
      return 1;
    }
    boolean little;
    if (tiff[0] == 'I' && tiff[1] == 'I') {
      little = true;
    } else if (tiff[0] == 'M' && tiff[1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    if (u16(tiff, 2, little) != 42) {
      return 1;
    }
    long ifd = u32(tiff, 4, little);
    if (ifd < 8 || ifd + 2 > tiff.length) {
      return 1;
    }
    int count = u16(tiff, (int) ifd, little);
    for (int i = 0; i < count; i++) {
      int entry = (int) ifd + 2 + 12 * i;
      if (entry + 12 > tiff.length) {
        return 1;
      }
      if (u16(tiff, entry, little) == ORIENTATION) {
        return u16(tiff, entry + 2, little) == SHORT ? u16(tiff, entry + 8, little) : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] b, int at, boolean little) {
    int first = b[at] & 0xff;
    int second = b[at + 1] & 0xff;
    return little ? second << 8 | first : first << 8 | second;
  }

  private static long u32(byte[] b, int at, boolean little) {
    long first = u16(b, at, little);
    long second = u16(b, at + 2, little);
    return little ? second << 16 | first : first << 16 | second;
  }
}
