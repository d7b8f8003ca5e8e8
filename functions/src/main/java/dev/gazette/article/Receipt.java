package dev.gazette.article;

import java.util.Optional;

/**
 * How a use case learns what to keep with its change: given what the change made, the receipt
 * to write in the same transaction, or none for a request sent without an Idempotency-Key.
 */
@FunctionalInterface
public interface Receipt<T> {

  Optional<RequestReceipt> of(T made);

  static <T> Receipt<T> none() {
    return made -> Optional.empty();
  }
}
