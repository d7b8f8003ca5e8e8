package dev.gazette.article;

/** One file of the public site: where it goes, its bytes, and how CDNs and browsers treat it. */
public record RenderedFile(String key, byte[] bytes, String contentType, String cacheControl) {}
