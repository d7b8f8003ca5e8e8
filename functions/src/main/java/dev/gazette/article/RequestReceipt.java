package dev.gazette.article;

import java.time.Instant;
import java.util.Objects;

/**
 * What an editor's request sent with an Idempotency-Key was answered, kept with the change it
 * made (in the same write) until {@code expiresAt}: the same request sent again gets this answer
 * instead of making a second change.
 *
 * @param id who sent it, to which operation, under which key (a digest: fixed length whatever the key)
 * @param fingerprint a digest of what the request asked (its body and If-Match)
 * @param answer the answer as the API wrote it down; opaque here
 * @param madeAt when the change was made; a receipt past {@code expiresAt} counts as absent
 */
public record RequestReceipt(String id, String fingerprint, String answer, Instant madeAt, Instant expiresAt) {

  public RequestReceipt {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(answer, "answer");
  }

  public boolean liveAt(Instant now) {
    return expiresAt.isAfter(now);
  }
}
