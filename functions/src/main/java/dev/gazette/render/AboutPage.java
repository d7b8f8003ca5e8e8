package dev.gazette.render;

/** The page that says what the site is ("/a-propos/"): SITE_ABOUT's text, or a default one. */
public record AboutPage(PageHead head, String heading, String text) {}
