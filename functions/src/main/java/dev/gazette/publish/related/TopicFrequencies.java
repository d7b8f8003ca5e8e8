package dev.gazette.publish.related;

import dev.gazette.article.Slug;
import java.util.Map;

/**
 * How many published articles the site holds, in all and per topic slug: sharing a rare topic
 * says more about two articles than sharing a broad one.
 */
public record TopicFrequencies(long total, Map<Slug, Long> perTopic) {

  public TopicFrequencies {
    if (total < 0) {
      throw new IllegalArgumentException("negative article count: " + total);
    }
    perTopic = Map.copyOf(perTopic);
  }

  /** The rarity of a topic, ln(1 + total / (1 + count)); larger for rarer topics. */
  public double idf(Slug topic) {
    if (total == 0) {
      return 1; // no statistics yet: every topic weighs the same
    }
    long count = perTopic.getOrDefault(topic, 0L);
    return Math.log(1 + (double) total / (1 + count));
  }
}
