package dev.gazette.render;

/** A link inside the site: the text readers see and a path {@link SitePaths} built. */
public record Link(String text, String path) {}
