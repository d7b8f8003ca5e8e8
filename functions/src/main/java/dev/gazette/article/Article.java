package dev.gazette.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A news article as the newsroom keeps it: the single source every page about it is rendered
 * from. Immutable; an edit makes a new value with the next version. {@code publishAt} is set
 * while the article waits, {@link Status#SCHEDULED}, to be published at that time.
 */
public record Article(
    String id,
    Slug slug,
    String title,
    String summary,
    String body,
    String author,
    String location,
    List<Topic> topics,
    Status status,
    Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    String language,
    Instant publishAt) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    topics = List.copyOf(topics);
  }

  /** An article without a scheduled publication. */
  public Article(String id, Slug slug, String title, String summary, String body, String author,
      String location, List<Topic> topics, Status status, Instant publishedAt, Instant createdAt,
      Instant updatedAt, long version, String language) {
    this(id, slug, title, summary, body, author, location, topics, status, publishedAt, createdAt,
        updatedAt, version, language, null);
  }

  public boolean isPublished() {
    return status == Status.PUBLISHED;
  }

  public Article withSlug(Slug newSlug) {
    return new Article(id, newSlug, title, summary, body, author, location, topics, status,
        publishedAt, createdAt, updatedAt, version, language, publishAt);
  }
}
