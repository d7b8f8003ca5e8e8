package dev.gazette.render;

/**
 * The services whose posts and videos a body may show as a click-to-load block, with the one
 * address of their player the page's script may open (the CSP allows exactly these frame hosts).
 */
public enum EmbedProvider {
  YOUTUBE("youtube", "https://www.youtube-nocookie.com/embed/", "", Shape.WIDE),
  DAILYMOTION("dailymotion", "https://www.dailymotion.com/embed/video/", "", Shape.WIDE),
  VIMEO("vimeo", "https://player.vimeo.com/video/", "", Shape.WIDE),
  X("x", "https://platform.twitter.com/embed/Tweet.html?id=", "", Shape.TALL),
  INSTAGRAM("instagram", "https://www.instagram.com/p/", "/embed", Shape.TALL),
  TIKTOK("tiktok", "https://www.tiktok.com/embed/v2/", "", Shape.TALL);

  /** How the player's frame is drawn: 16:9 for videos, a tall card for posts. */
  enum Shape { WIDE, TALL }

  private final String key;
  private final String framePrefix;
  private final String frameSuffix;
  private final Shape shape;

  EmbedProvider(String key, String framePrefix, String frameSuffix, Shape shape) {
    this.key = key;
    this.framePrefix = framePrefix;
    this.frameSuffix = frameSuffix;
    this.shape = shape;
  }

  /** The name of its words in the locale bundle: "embed.youtube". */
  String key() {
    return key;
  }

  /** The player's address for an id already checked by pattern. */
  String frameUrl(String id) {
    return framePrefix + id + frameSuffix;
  }

  /** The player's origin, as the CSP's frame-src names it. */
  public String frameOrigin() {
    int path = framePrefix.indexOf('/', "https://".length());
    return framePrefix.substring(0, path);
  }

  Shape shape() {
    return shape;
  }
}
