package dev.gazette.article;

import java.util.Optional;

/**
 * What the desk needs to know of the picture library before an article goes out: whether a
 * picture is ready, and the alt text the library gives it.
 */
public interface PictureLibrary {
  /** A library that holds no picture: every article must do without. */
  PictureLibrary EMPTY = mediaId -> Optional.empty();

  /** The picture, if the library holds it and it is ready to be shown. */
  Optional<ReadyPicture> ready(String mediaId);

  /** A ready picture's alt text in the library (null when none was written). */
  record ReadyPicture(String alt) {}
}
