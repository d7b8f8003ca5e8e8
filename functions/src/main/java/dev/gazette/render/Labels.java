package dev.gazette.render;

/**
 * The words pages show around an article, in the site's language ("Sujets associés",
 * "Écrit par"); templates read them from here instead of holding text.
 */
public record Labels(String topics, String byline, String related, String recommended) {}
