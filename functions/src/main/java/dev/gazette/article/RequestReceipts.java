package dev.gazette.article;

import java.time.Instant;
import java.util.Optional;

/** The receipts of requests sent with an Idempotency-Key, read before a request is carried out again. */
public interface RequestReceipts {

  /** The receipt kept under {@code id}, unless it expired by {@code now} (the table may not have removed it yet). */
  Optional<RequestReceipt> find(String id, Instant now);
}
