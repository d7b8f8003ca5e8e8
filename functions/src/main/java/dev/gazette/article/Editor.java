package dev.gazette.article;

/** The person behind a request, as the editor token names them. */
public record Editor(String subject, String name) {}
