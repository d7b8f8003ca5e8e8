package dev.gazette.render;

import dev.gazette.article.Slug;

/**
 * A topic as an article page lists it. Shown as its name only until topic pages exist; the slug
 * is kept so the page can link to them then without a model change.
 */
public record TopicLabel(String name, Slug slug) {}
