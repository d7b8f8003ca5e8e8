package dev.gazette.render;

/** One published rendition of a picture and its address, as documents for machines list them. */
public record RenditionFile(String crop, String format, int width, int height, String url) {}
