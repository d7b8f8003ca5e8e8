package dev.gazette.render;

import dev.gazette.article.Slug;

/**
 * A topic as pages list it: its name, linked to its topic page.
 *
 * @param path the topic page's path, for links inside the site
 * @param url the topic page's absolute URL, for documents read elsewhere (JSON)
 */
public record TopicLabel(String name, Slug slug, String path, String url) {}
