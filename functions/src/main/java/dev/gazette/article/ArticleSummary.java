package dev.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as lists show it (topic pages, home, feeds, related articles): enough to link to
 * it and describe it. Lists keep these copies, so a page listing fifty articles reads one list.
 * {@code picture} is the article's lead picture for teasers, or null.
 */
public record ArticleSummary(
    String id,
    Slug slug,
    String title,
    String excerpt,
    String author,
    String location,
    List<Topic> topics,
    Instant publishedAt,
    Instant updatedAt,
    Picture picture) {

  public ArticleSummary {
    topics = List.copyOf(topics);
  }
}
