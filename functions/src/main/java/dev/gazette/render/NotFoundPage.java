package dev.gazette.render;

/** What a reader sees when a path holds nothing: a short French message and a way home. */
public record NotFoundPage(PageHead head, String heading, String text, Link home) {}
