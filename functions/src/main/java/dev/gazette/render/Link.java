package dev.gazette.render;

import dev.gazette.site.SitePaths;

/** A link inside the site: the text readers see and a path {@link SitePaths} built. */
public record Link(String text, String path) {}
