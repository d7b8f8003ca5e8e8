package dev.gazette.media;

import dev.gazette.article.RequestReceipt;
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

  default void create(MediaItem item) {
    create(item, Optional.empty());
  }

  /**
   * Creates the picture and keeps the receipt with it, in one write.
   *
   * @throws dev.gazette.article.RequestAlreadyMade when a live receipt with this id is kept (nothing is written)
   * @throws dev.gazette.article.RequestInFlight when another write on the same items ran at the same moment
   */
  void create(MediaItem item, Optional<RequestReceipt> receipt);

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
