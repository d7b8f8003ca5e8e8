package dev.gazette.article;

/**
 * One rendition of a ready picture: the crop it shows ("16x9", "4x3", "1x1"), its size, and its
 * format's file extension ("webp", "jpg"). Its key and URL follow from these and the picture's
 * hash (see {@code SitePaths.renditionKey}), so a rendition is never renamed or rewritten.
 */
public record PictureRendition(String crop, int width, int height, String format) {}
