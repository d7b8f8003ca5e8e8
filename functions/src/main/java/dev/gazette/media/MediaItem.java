package dev.gazette.media;

import dev.gazette.article.ArticleImage;
import dev.gazette.article.Picture;
import dev.gazette.article.PictureRendition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A picture in the newsroom's library: the upload an editor announced ({@code filename},
 * {@code contentType}, {@code declaredSize}), what processing made of it (its upright size, the
 * hash its renditions are filed under, the renditions) or why it was refused, and the text and
 * focal point editors give it. Immutable; every change makes the next version.
 */
public record MediaItem(
    String id,
    MediaStatus status,
    String filename,
    String contentType,
    long declaredSize,
    String reason,
    int width,
    int height,
    MediaText text,
    FocalPoint focus,
    String imageHash,
    List<PictureRendition> renditions,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public MediaItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(focus, "focus");
    renditions = List.copyOf(renditions);
  }

  /** An announced upload whose bytes have not arrived yet. */
  public static MediaItem awaitingUpload(String id, String filename, String contentType,
      long declaredSize, Instant now) {
    return new MediaItem(id, MediaStatus.AWAITING_UPLOAD, filename, contentType, declaredSize,
        null, 0, 0, MediaText.NONE, FocalPoint.CENTER, null, List.of(), now, now, 1);
  }

  public boolean isReady() {
    return status == MediaStatus.READY;
  }

  /** The picture as a page shows it, with the article's own words where it gives them. */
  public Picture picture(ArticleImage chosen) {
    if (!isReady()) {
      throw new IllegalStateException("media " + id + " is " + status.wireName() + ", not ready");
    }
    MediaText shown = chosen == null ? text
        : text.overriddenBy(new MediaText(chosen.alt(), chosen.caption(), chosen.credit()));
    return new Picture(id, imageHash, width, height, shown.alt(), shown.caption(), shown.credit(),
        renditions);
  }

  /** The next version, changed at {@code now}: every write goes through here. */
  public MediaItem next(Instant now) {
    return new MediaItem(id, status, filename, contentType, declaredSize, reason, width, height,
        text, focus, imageHash, renditions, createdAt, now, version + 1);
  }

  public MediaItem processing() {
    return new MediaItem(id, MediaStatus.PROCESSING, filename, contentType, declaredSize, null,
        width, height, text, focus, imageHash, renditions, createdAt, updatedAt, version);
  }

  public MediaItem ready(int width, int height, String imageHash, List<PictureRendition> renditions) {
    return new MediaItem(id, MediaStatus.READY, filename, contentType, declaredSize, null, width,
        height, text, focus, imageHash, renditions, createdAt, updatedAt, version);
  }

  public MediaItem failed(String reason) {
    return new MediaItem(id, MediaStatus.FAILED, filename, contentType, declaredSize,
        Objects.requireNonNull(reason, "reason"), 0, 0, text, focus, null, List.of(), createdAt,
        updatedAt, version);
  }

  public MediaItem withText(MediaText newText) {
    return new MediaItem(id, status, filename, contentType, declaredSize, reason, width, height,
        newText, focus, imageHash, renditions, createdAt, updatedAt, version);
  }

  public MediaItem withFocus(FocalPoint newFocus) {
    return new MediaItem(id, status, filename, contentType, declaredSize, reason, width, height,
        text, newFocus, imageHash, renditions, createdAt, updatedAt, version);
  }
}
