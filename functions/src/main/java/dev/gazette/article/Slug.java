package dev.gazette.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URL name of an article or topic: lowercase ASCII words joined by hyphens, made from a
 * French title by folding accents and splitting elisions ("l’OTAN" → "l-otan").
 */
public record Slug(String value) {

  public static final int MAX_LENGTH = 80;
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  public Slug {
    if (value == null || value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a slug: " + value);
    }
  }

  /** The slug for a title; never empty, at most {@link #MAX_LENGTH} characters, cut at a word. */
  public static Slug fromTitle(String title) {
    String folded = Normalizer.normalize(foldLigatures(title), Normalizer.Form.NFKD);
    String ascii = COMBINING_MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    String joined = NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-");
    String trimmed = trimHyphens(joined);
    if (trimmed.length() > MAX_LENGTH) {
      String cut = trimmed.substring(0, MAX_LENGTH);
      int lastHyphen = cut.lastIndexOf('-');
      trimmed = trimHyphens(lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut);
    }
    return new Slug(trimmed.isEmpty() ? "article" : trimmed);
  }

  /** A slug an editor typed, if it is one. */
  public static Optional<Slug> parse(String candidate) {
    if (candidate == null || candidate.length() > MAX_LENGTH || !VALID.matcher(candidate).matches()) {
      return Optional.empty();
    }
    return Optional.of(new Slug(candidate));
  }

  /** The n-th alternative when this slug is taken: "budget" → "budget-2", room kept for the suffix. */
  public Slug numbered(int n) {
    String suffix = "-" + n;
    String base = value.length() + suffix.length() > MAX_LENGTH
        ? trimHyphens(value.substring(0, MAX_LENGTH - suffix.length()))
        : value;
    if ((base + suffix).equals(value)) {
      // A full-length slug already ending in "-n" would come back unchanged: cut one more.
      base = trimHyphens(base.substring(0, base.length() - 1));
    }
    return new Slug(base + suffix);
  }

  @Override
  public String toString() {
    return value;
  }

  private static String foldLigatures(String text) {
    // NFKD does not split these French/German letters into ASCII.
    return text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
        .replace("ß", "ss");
  }

  private static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }
}
