package dev.gazette.render;

/** One {@code <meta property content>} pair of a page head, such as OpenGraph's "og:title". */
public record MetaProperty(String property, String content) {}
