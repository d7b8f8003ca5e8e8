package dev.gazette.media;

import java.time.Instant;
import java.util.Map;

/**
 * Where an editor's browser sends a picture's bytes: a short-lived signed PUT straight into the
 * private uploads area, for exactly the announced type and length, so no picture passes through
 * the API.
 */
public interface UploadSlots {

  UploadSlot slotFor(String mediaId, String contentType, long size);

  /** Asks for the upload to be processed again (after a new focal point): its event comes back. */
  void reprocess(String mediaId, String contentType);

  /** A signed request: the method, URL and headers the client must send, and until when. */
  record UploadSlot(String method, String url, Map<String, String> headers, Instant expiresAt) {
    public UploadSlot {
      headers = Map.copyOf(headers);
    }
  }
}
