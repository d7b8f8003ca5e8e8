package dev.gazette.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library pictures a Markdown body shows, written {@code ![alt](media:<id> "caption")}: the
 * ids the Publisher resolves and the alt texts the rules check.
 */
public final class MediaReferences {
  private static final Pattern REFERENCE =
      Pattern.compile("!\\[([^\\]\\n]*)\\]\\(\\s*media:([0-9a-z]{1,40})");

  private MediaReferences() {}

  /** One picture in a body, with the alt text the body gives it (empty when none). */
  public record Reference(String mediaId, String alt) {}

  public static List<Reference> all(String body) {
    List<Reference> references = new ArrayList<>();
    if (body == null) {
      return references;
    }
    Matcher matcher = REFERENCE.matcher(body);
    while (matcher.find()) {
      references.add(new Reference(matcher.group(2), matcher.group(1).strip()));
    }
    return references;
  }

  /** The ids, in order of first appearance. */
  public static Set<String> in(String body) {
    Set<String> ids = new LinkedHashSet<>();
    all(body).forEach(reference -> ids.add(reference.mediaId()));
    return ids;
  }
}
