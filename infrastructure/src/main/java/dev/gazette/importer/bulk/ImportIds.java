package dev.gazette.importer.bulk;

import dev.gazette.article.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * Ids for what an import writes, made from the source instead of drawn at random, so that a
 * second import of the same file finds the same articles and pictures and writes nothing. They
 * have the form {@link ArticleIds} makes (26 characters of lowercase Crockford base32): the
 * time part is the post's date, so imported articles sort among the others by it; the rest is a
 * hash of the source's id.
 */
final class ImportIds {
  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

  private ImportIds() {}

  /** The article a post becomes: its date (null: the epoch, as for an undated draft) and source id. */
  static String article(Instant date, String sourceId) {
    return id(date == null ? 0 : date.toEpochMilli(), "article:" + sourceId);
  }

  /** The library picture a file of the uploads folder becomes, whichever posts show it. */
  static String picture(String file) {
    return id(0, "picture:" + file);
  }

  private static String id(long millis, String source) {
    byte[] hash = sha256(source);
    char[] id = new char[26];
    long time = Math.max(0, millis);
    for (int i = 9; i >= 0; i--) {
      id[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    // 80 bits of the hash, five at a time.
    for (int i = 0; i < 16; i++) {
      int bit = i * 5;
      int value = 0;
      for (int b = 0; b < 5; b++) {
        int at = bit + b;
        value = (value << 1) | ((hash[at / 8] >> (7 - at % 8)) & 1);
      }
      id[10 + i] = ALPHABET[value];
    }
    return new String(id);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
