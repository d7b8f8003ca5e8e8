package dev.gazette.render;

import java.net.URI;

/**
 * The page left at an article's old address after its slug changed: it sends browsers and
 * crawlers to the new URL and shows a link for readers whose browser does not follow it.
 */
public record RedirectPage(String language, String title, URI target, String linkText) {}
