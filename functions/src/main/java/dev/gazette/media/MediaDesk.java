package dev.gazette.media;

import dev.gazette.article.ArticleIds;
import dev.gazette.article.Receipt;
import dev.gazette.article.VersionConflict;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The editors' use cases for pictures: announce an upload (and get where to send its bytes),
 * read, list, describe (alt text, caption, credit, focal point) and delete. Every change is
 * conditional on the version the editor read.
 */
public final class MediaDesk {
  private final MediaStore store;
  private final UploadSlots uploads;
  private final MediaUses uses;
  private final ArticleIds ids;
  private final Clock clock;

  public MediaDesk(MediaStore store, UploadSlots uploads, MediaUses uses, ArticleIds ids, Clock clock) {
    this.store = store;
    this.uploads = uploads;
    this.uses = uses;
    this.ids = ids;
    this.clock = clock;
  }

  /** A new picture awaiting its bytes, and the signed request that sends them. */
  public record Announced(MediaItem item, UploadSlots.UploadSlot upload) {}

  public Announced announce(String filename, String contentType, Long size) {
    return announce(filename, contentType, size, Receipt.none());
  }

  /** Announces the picture, keeping {@code receipt}'s record of it in the same write. */
  public Announced announce(String filename, String contentType, Long size, Receipt<Announced> receipt) {
    MediaRules.checkUpload(filename, contentType, size);
    MediaItem item = MediaItem.awaitingUpload(ids.next(), filename.strip(), contentType, size,
        clock.instant());
    // Signing the upload is local work: the answer is whole before anything is written.
    Announced announced = new Announced(item, uploads.slotFor(item.id(), contentType, size));
    store.create(item, receipt.of(announced));
    return announced;
  }

  /**
   * The picture as it stands. An upload that never came within its window is reported failed,
   * so an editor whose signed URL expired learns it instead of waiting for ever.
   */
  public MediaItem get(String id) {
    MediaItem item = find(id).orElseThrow(() -> new MediaNotFound(id));
    if (item.status() == MediaStatus.AWAITING_UPLOAD
        && item.createdAt().plus(MediaRules.UPLOAD_WINDOW).isBefore(clock.instant())) {
      return item.failed("the upload URL expired before the picture arrived; announce it again");
    }
    return item;
  }

  /** A ready picture, for an article that shows it: refused with the field that names it otherwise. */
  public Optional<MediaItem> findReady(String id) {
    return find(id).filter(MediaItem::isReady);
  }

  public MediaStore.MediaPage list(int limit, String cursor) {
    return store.list(limit, cursor);
  }

  /**
   * Changes what readers are told about the picture and where its crops centre. A new focal
   * point sends the upload to be processed again: new renditions under new keys.
   */
  public MediaItem describe(String id, long expectedVersion, MediaText text, FocalPoint focus) {
    MediaItem current = currentAt(id, expectedVersion);
    MediaItem next = current.withText(MediaRules.checkText(text)).withFocus(focus)
        .next(clock.instant());
    boolean refocused = !focus.equals(current.focus()) && current.status() != MediaStatus.AWAITING_UPLOAD;
    if (refocused) {
      next = next.processing();
    }
    store.replace(current, next);
    if (refocused) {
      uploads.reprocess(id, current.contentType());
    }
    return next;
  }

  /** @throws MediaInUse while a published article shows the picture */
  public void delete(String id, long expectedVersion) {
    MediaItem current = currentAt(id, expectedVersion);
    Set<String> showing = uses.articlesShowing(id);
    if (!showing.isEmpty()) {
      throw new MediaInUse(id, showing);
    }
    store.delete(current);
  }

  private MediaItem currentAt(String id, long expectedVersion) {
    MediaItem current = get(id);
    if (current.version() != expectedVersion) {
      throw new VersionConflict(id, expectedVersion);
    }
    return current;
  }

  private Optional<MediaItem> find(String id) {
    return ArticleIds.isWellFormed(id) ? store.find(id) : Optional.empty();
  }
}
