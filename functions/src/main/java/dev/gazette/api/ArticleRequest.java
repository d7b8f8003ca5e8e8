package dev.gazette.api;

import java.util.List;

/** The JSON an editor sends for an article; unknown fields are refused before this is made. */
record ArticleRequest(
    String title,
    String summary,
    String body,
    String author,
    String location,
    List<String> topics,
    String status,
    String publishedAt,
    String slug,
    String publishAt) {}
