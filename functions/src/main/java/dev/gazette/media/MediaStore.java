package dev.gazette.media;

import java.util.List;
import java.util.Optional;

/**
 * The library of pictures. Every write is conditional on the version the caller read, so an
 * editor's caption and the processor's result never overwrite each other.
 */
public interface MediaStore {

  Optional<MediaItem> find(String id);

  /** A page of the library, newest first; {@code cursor} is where the previous page ended. */
  MediaPage list(int limit, String cursor);

  void create(MediaItem item);

  /** @throws dev.gazette.article.VersionConflict when the stored version differs */
  void replace(MediaItem previous, MediaItem next);

  /** @throws dev.gazette.article.VersionConflict when the stored version differs */
  void delete(MediaItem current);

  /** One page of the library and where the next begins (null on the last). */
  record MediaPage(List<MediaItem> items, String nextCursor) {
    public MediaPage {
      items = List.copyOf(items);
    }
  }
}
