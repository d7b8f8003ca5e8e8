package dev.gazette.render;

/**
 * The words pages show around articles, in the site's language ("Sujets associés",
 * "Écrit par", "Archives"); templates and renderers read them from here instead of holding text.
 */
public record Labels(
    String topics,
    String byline,
    String related,
    String recommended,
    String latest,
    String archives,
    String notFound,
    String notFoundText,
    String backHome,
    String moved,
    String movedLink,
    String updated,
    String corrections) {}
