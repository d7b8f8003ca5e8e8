package dev.gazette.publish;

import dev.gazette.article.Slug;
import java.util.Optional;

/**
 * Names one list of published articles: the whole site's, one topic's or one author's. Each list is kept
 * newest first and cut into month buckets that never shift.
 */
public record ListId(String value) {
  private static final String SITE = "site";
  private static final String TOPIC_PREFIX = "topic:";
  private static final String AUTHOR_PREFIX = "author:";

  /** Only the site's list, topics' and authors' lists exist: a stored id is checked as it is read. */
  public ListId {
    if (!SITE.equals(value) && !isSlugList(value, TOPIC_PREFIX) && !isSlugList(value, AUTHOR_PREFIX)) {
      throw new IllegalArgumentException("not a list id: " + value);
    }
  }

  private static boolean isSlugList(String value, String prefix) {
    return value != null && value.startsWith(prefix)
        && Slug.parse(value.substring(prefix.length())).isPresent();
  }

  /** The list this stored text names ("site", "topic:otan"). */
  public static ListId parse(String value) {
    return new ListId(value);
  }

  public static ListId site() {
    return new ListId(SITE);
  }

  public static ListId topic(Slug topic) {
    return new ListId(TOPIC_PREFIX + topic.value());
  }

  /** The list of one author's articles: "author:marie-dupont". */
  public static ListId author(Slug author) {
    return new ListId(AUTHOR_PREFIX + author.value());
  }

  public boolean isSite() {
    return value.equals(SITE);
  }

  /** The topic this list is for; empty for the site's list. */
  public Optional<Slug> topic() {
    return value.startsWith(TOPIC_PREFIX)
        ? Optional.of(new Slug(value.substring(TOPIC_PREFIX.length())))
        : Optional.empty();
  }

  /** The author this list is for; empty for the site's and topics' lists. */
  public Optional<Slug> author() {
    return value.startsWith(AUTHOR_PREFIX)
        ? Optional.of(new Slug(value.substring(AUTHOR_PREFIX.length())))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
