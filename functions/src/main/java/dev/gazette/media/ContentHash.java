package dev.gazette.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes that name a processed picture: SHA-256 of the upload, and from it, the focal point
 * and the processing version, the short hash its rendition keys are made of.
 */
final class ContentHash {
  private static final int KEY_HEX_DIGITS = 16; // 64 bits: no collision in any newsroom's lifetime

  private ContentHash() {}

  /** SHA-256 of the upload, in lower-case hex. */
  static String ofSource(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** The rendition hash: new whenever what the renditions are made from or how could change. */
  static String ofRenditions(String sourceHash, FocalPoint focus, int version) {
    String made = "gazette-media/" + version + "\n" + sourceHash + "\n" + focus.canonical();
    byte[] digest = sha256().digest(made.getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(digest).substring(0, KEY_HEX_DIGITS);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
