package dev.gazette.article;

/** A topic and how many published articles it holds. */
public record TopicCount(Topic topic, long articles) {}
