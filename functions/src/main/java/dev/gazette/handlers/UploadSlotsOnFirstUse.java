package dev.gazette.handlers;

import dev.gazette.media.UploadSlots;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Resource;

/**
 * The editor API's upload slots, built when a picture route first needs them: most cold starts
 * answer an article route, and the S3 client and presigner are a few hundred classes of init.
 * Before SnapStart's snapshot they are built and sign one slot nobody uses (signing is local: no
 * request leaves), so a restored function has them ready.
 */
final class UploadSlotsOnFirstUse implements UploadSlots, Resource {
  private final OnFirstUse<UploadSlots> slots;

  UploadSlotsOnFirstUse(Supplier<UploadSlots> build) {
    this.slots = new OnFirstUse<>(build);
  }

  @Override
  public UploadSlot slotFor(String mediaId, String contentType, long size) {
    return slots.get().slotFor(mediaId, contentType, size);
  }

  @Override
  public void reprocess(String mediaId, String contentType) {
    slots.get().reprocess(mediaId, contentType);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    slotFor(ApiPriming.ABSENT_ID, "image/jpeg", 1);
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: a slot is signed at each request with the credentials of the moment.
  }
}
