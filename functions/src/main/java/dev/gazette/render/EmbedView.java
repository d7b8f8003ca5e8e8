package dev.gazette.render;

/**
 * An embed block before the reader asks for it: the provider named, a plain link to the original,
 * and the button the page's script turns into the provider's frame. Nothing here loads anything
 * from the provider.
 *
 * @param name the provider's name, also the frame's title: "Vidéo YouTube"
 * @param frameUrl the player the script opens, in a data attribute until the click
 * @param classes the block's classes, which say the frame's shape
 */
public record EmbedView(String name, String originalUrl, String linkText, String notice,
    String buttonText, String frameUrl, String classes) {}
