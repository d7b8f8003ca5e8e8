package dev.gazette.media;

/** No picture has this id. */
public final class MediaNotFound extends RuntimeException {
  public MediaNotFound(String id) {
    super("no media " + id);
  }
}
