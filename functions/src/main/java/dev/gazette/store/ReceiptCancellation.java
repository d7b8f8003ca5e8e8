package dev.gazette.store;

import dev.gazette.article.RequestAlreadyMade;
import dev.gazette.article.RequestInFlight;
import dev.gazette.article.RequestReceipt;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/**
 * What a cancelled transaction that carried a request's receipt says about that request: made
 * before (its receipt failed the condition), or meeting its duplicate in flight (a conflict).
 */
final class ReceiptCancellation {
  private ReceiptCancellation() {}

  /** Throws what the request's caller must hear; returns when the cancellation was about something else. */
  static void explain(List<CancellationReason> reasons, int receiptIndex, Optional<RequestReceipt> receipt) {
    if (receipt.isEmpty()) {
      return;
    }
    if (reasons.size() > receiptIndex && "ConditionalCheckFailed".equals(reasons.get(receiptIndex).code())) {
      CancellationReason kept = reasons.get(receiptIndex);
      if (kept.hasItem() && !kept.item().isEmpty()) {
        throw new RequestAlreadyMade(ReceiptItems.fromItem(kept.item()));
      }
    }
    if (reasons.stream().anyMatch(reason -> "TransactionConflict".equals(reason.code()))) {
      throw new RequestInFlight(receipt.get().id());
    }
  }
}
