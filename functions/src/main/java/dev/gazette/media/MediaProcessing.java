package dev.gazette.media;

import dev.gazette.article.PictureRendition;
import dev.gazette.article.VersionConflict;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the media function does when an upload lands: turns the bytes into renditions around the
 * picture's focal point, publishes them, and records the result, or records why the upload
 * cannot be shown (nothing public is written then). Events come at least once: a replay makes
 * the same renditions under the same keys and changes no record.
 */
public final class MediaProcessing {
  /** An editor's caption edit may land while we work: re-read and try again this many times. */
  private static final int ATTEMPTS = 3;

  private final MediaStore store;
  private final UploadedFiles uploads;
  private final RenditionFiles renditions;
  private final ImageProcessor processor;
  private final Clock clock;

  public MediaProcessing(MediaStore store, UploadedFiles uploads, RenditionFiles renditions,
      ImageProcessor processor, Clock clock) {
    this.store = store;
    this.uploads = uploads;
    this.renditions = renditions;
    this.processor = processor;
    this.clock = clock;
  }

  /** What became of one upload event. */
  public enum Outcome { READY, FAILED, UNCHANGED, GONE }

  public Outcome process(String mediaId) {
    Optional<MediaItem> found = store.find(mediaId);
    Optional<UploadedFiles.Upload> upload = uploads.read(mediaId);
    if (found.isEmpty() || upload.isEmpty()) {
      // Deleted since, or an upload no picture was announced for: nothing to show.
      return Outcome.GONE;
    }
    MediaItem item = announceProcessing(found.get());
    MediaItem result;
    try {
      result = ready(item, upload.get());
    } catch (UnusableImage refused) {
      result = item.failed(refused.getMessage());
    }
    return record(item, result);
  }

  /** Editors polling the picture see that its bytes arrived and are being worked on. */
  private MediaItem announceProcessing(MediaItem item) {
    if (item.status() != MediaStatus.AWAITING_UPLOAD) {
      return item;
    }
    MediaItem processing = item.processing().next(clock.instant());
    try {
      store.replace(item, processing);
      return processing;
    } catch (VersionConflict changed) {
      // Someone else moved it on (a caption, a twin event): work from what is there now.
      return store.find(item.id()).orElse(item);
    }
  }

  private MediaItem ready(MediaItem item, UploadedFiles.Upload upload) {
    if (upload.bytes().length != item.declaredSize()) {
      throw new UnusableImage(UnusableImage.Kind.DAMAGED, "the upload is " + upload.bytes().length
          + " bytes, not the " + item.declaredSize() + " announced; announce it again with its size");
    }
    if (!item.contentType().equals(upload.contentType())) {
      throw new UnusableImage(UnusableImage.Kind.TYPE_MISMATCH, "the upload was sent as "
          + upload.contentType() + ", not the " + item.contentType() + " announced");
    }
    ProcessedImage processed = processor.process(upload.bytes(), item.contentType(), item.focus());
    // Files first, record after: a crash in between leaves unused files, never a broken picture.
    processed.renditions().forEach(rendition -> renditions.put(processed.hash(), rendition));
    List<PictureRendition> made = processed.renditions().stream()
        .map(r -> new PictureRendition(r.crop().key(), r.width(), r.height(), r.format().extension()))
        .toList();
    return item.ready(processed.width(), processed.height(), processed.hash(), made);
  }

  /** Saves the result unless it is what the table already says, or the picture moved on. */
  private Outcome record(MediaItem read, MediaItem result) {
    MediaItem current = read;
    MediaItem wanted = result;
    for (int attempt = 1; ; attempt++) {
      if (sameResult(current, wanted)) {
        return Outcome.UNCHANGED;
      }
      try {
        store.replace(current, wanted.next(clock.instant()));
        return wanted.isReady() ? Outcome.READY : Outcome.FAILED;
      } catch (VersionConflict changed) {
        Optional<MediaItem> latest = store.find(read.id());
        if (latest.isEmpty() || attempt == ATTEMPTS || !latest.get().focus().equals(read.focus())) {
          // Deleted, busy, or refocused: the refocus sends its own event, which wins.
          return Outcome.GONE;
        }
        current = latest.get();
        wanted = wanted.isReady()
            ? current.ready(result.width(), result.height(), result.imageHash(), result.renditions())
            : current.failed(result.reason());
      }
    }
  }

  private static boolean sameResult(MediaItem current, MediaItem wanted) {
    return current.status() == wanted.status()
        && Objects.equals(current.imageHash(), wanted.imageHash())
        && current.renditions().equals(wanted.renditions())
        && Objects.equals(current.reason(), wanted.reason());
  }
}
