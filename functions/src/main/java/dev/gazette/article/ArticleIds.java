package dev.gazette.article;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Makes article ids that sort by creation time: a ULID (48-bit milliseconds, 80 random bits)
 * in lowercase Crockford base32, 26 characters, safe in URLs and S3 keys.
 */
public final class ArticleIds {
  private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final char[] ALPHABET = CROCKFORD.toCharArray();
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ArticleIds(Clock clock) {
    this.clock = clock;
  }

  public String next() {
    long millis = clock.millis();
    byte[] entropy = new byte[10];
    random.nextBytes(entropy);
    char[] id = new char[26];
    for (int i = 9; i >= 0; i--) {
      id[i] = ALPHABET[(int) (millis & 31)];
      millis >>>= 5;
    }
    long high = 0;
    for (int i = 0; i < 5; i++) {
      high = (high << 8) | (entropy[i] & 0xff);
    }
    long low = 0;
    for (int i = 5; i < 10; i++) {
      low = (low << 8) | (entropy[i] & 0xff);
    }
    for (int i = 17; i >= 10; i--) {
      id[i] = ALPHABET[(int) (high & 31)];
      high >>>= 5;
    }
    for (int i = 25; i >= 18; i--) {
      id[i] = ALPHABET[(int) (low & 31)];
      low >>>= 5;
    }
    return new String(id);
  }

  /** Whether a string could be an id this class made; anything else is not looked up. */
  public static boolean isWellFormed(String candidate) {
    if (candidate == null || candidate.length() != 26) {
      return false;
    }
    for (int i = 0; i < candidate.length(); i++) {
      if (CROCKFORD.indexOf(candidate.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
