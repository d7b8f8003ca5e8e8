package dev.gazette.media;

/**
 * Where renditions are published: immutable files under keys made from the picture's hash, so
 * writing one twice writes the same bytes and no reader ever sees a rendition change.
 */
public interface RenditionFiles {

  void put(String imageHash, Rendition rendition);
}
