package dev.gazette.publish;

import dev.gazette.article.Slug;
import java.util.Optional;

/**
 * Names one list of published articles: the whole site's, or one topic's. Each list is kept
 * newest first and cut into month buckets that never shift.
 */
public record ListId(String value) {
  private static final String SITE = "site";
  private static final String TOPIC_PREFIX = "topic:";

  /** Only the site's list and topics' lists exist: a stored id is checked as it is read. */
  public ListId {
    if (!SITE.equals(value)
        && !(value != null && value.startsWith(TOPIC_PREFIX)
            && Slug.parse(value.substring(TOPIC_PREFIX.length())).isPresent())) {
      throw new IllegalArgumentException("not a list id: " + value);
    }
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

  public boolean isSite() {
    return value.equals(SITE);
  }

  /** The topic this list is for; empty for the site's list. */
  public Optional<Slug> topic() {
    return value.startsWith(TOPIC_PREFIX)
        ? Optional.of(new Slug(value.substring(TOPIC_PREFIX.length())))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
