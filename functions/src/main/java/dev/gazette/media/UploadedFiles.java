package dev.gazette.media;

import java.util.Optional;

/** The private uploads, as the media function reads them: bytes straight from the editor. */
public interface UploadedFiles {

  /** The upload of this picture, if it is there (it may have been replaced or deleted since). */
  Optional<Upload> read(String mediaId);

  /** An upload's bytes and the type it was sent as. */
  record Upload(String contentType, byte[] bytes) {}
}
