package dev.gazette.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Upload slots that sign nothing: they say where the bytes would go and remember reprocessing. */
public final class RecordingUploadSlots implements UploadSlots {
  public final List<String> reprocessed = new ArrayList<>();

  @Override
  public UploadSlot slotFor(String mediaId, String contentType, long size) {
    return new UploadSlot("PUT", "https://uploads.example/uploads/" + mediaId + "?signed",
        Map.of("Content-Type", contentType), Instant.parse("2026-12-01T10:15:00Z"));
  }

  @Override
  public void reprocess(String mediaId, String contentType) {
    reprocessed.add(mediaId);
  }
}
