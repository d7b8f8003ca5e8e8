package dev.gazette.article;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Fake receipts, shared by the fake stores, with the rule of the table: one live receipt per id, kept with its change. */
public final class InMemoryRequestReceipts implements RequestReceipts {
  private final Map<String, RequestReceipt> receipts = new HashMap<>();

  @Override
  public synchronized Optional<RequestReceipt> find(String id, Instant now) {
    return Optional.ofNullable(receipts.get(id)).filter(receipt -> receipt.liveAt(now));
  }

  /** Makes the change and keeps the receipt, or neither when a live receipt with its id is kept. */
  public synchronized void keepWith(Optional<RequestReceipt> receipt, Runnable change) {
    receipt.ifPresent(wanted -> {
      RequestReceipt kept = receipts.get(wanted.id());
      if (kept != null && kept.liveAt(wanted.madeAt())) {
        throw new RequestAlreadyMade(kept);
      }
    });
    change.run();
    receipt.ifPresent(wanted -> receipts.put(wanted.id(), wanted));
  }
}
