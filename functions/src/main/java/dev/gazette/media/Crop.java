package dev.gazette.media;

/** An aspect ratio the site shows pictures in; its key ("16x9") names its renditions. */
public enum Crop {
  /** 16:9, for leads and wide slots. */
  WIDE(16, 9),
  /** 4:3, for lists and cards. */
  STANDARD(4, 3),
  /** 1:1, for thumbnails and social cards. */
  SQUARE(1, 1);

  private final int across;
  private final int down;

  Crop(int across, int down) {
    this.across = across;
    this.down = down;
  }

  /** The stable short name used in keys and URLs: "16x9", "4x3", "1x1". */
  public String key() {
    return across + "x" + down;
  }

  /** The height of this ratio at {@code width}, to the nearest pixel (at least one). */
  public int heightAt(int width) {
    return (int) Math.max(1, Math.round((double) width * down / across));
  }

  /** The width of this ratio at {@code height}, to the nearest pixel (at least one). */
  public int widthAt(int height) {
    return (int) Math.max(1, Math.round((double) height * across / down));
  }

  /** Whether a {@code width} × {@code height} frame is wider than this ratio (or exactly it). */
  boolean isNarrowerThan(int width, int height) {
    return (long) width * down >= (long) height * across;
  }
}
