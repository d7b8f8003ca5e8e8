package dev.gazette.article;

/** One reason an input was refused, and the field it concerns ("title", "topics[2]"). */
public record FieldError(String field, String reason) {}
