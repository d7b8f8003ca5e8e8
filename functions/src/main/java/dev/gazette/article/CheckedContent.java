package dev.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * An editor's content after {@link ArticleRules}: tidy, typed, and within every limit.
 * {@code corrections} is null when the request did not name them (they stay as they are).
 */
public record CheckedContent(
    String title,
    String summary,
    String body,
    String author,
    String location,
    List<Topic> topics,
    Status status,
    Instant publishedAt,
    Slug requestedSlug,
    Instant publishAt,
    ArticleImage image,
    List<CorrectionRequest> corrections) {}
