package dev.gazette.render;

/**
 * A correction as the page shows it: its heading in the site's words and zone ("Rectificatif
 * du 3 décembre 2026"), when it was made for machines, what kind it is and what it says.
 */
public record CorrectionNote(String heading, String iso, String kind, String text) {}
