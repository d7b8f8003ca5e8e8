package dev.gazette.article;

/**
 * A request with an Idempotency-Key whose write ran into another one at the same moment, most
 * likely its own duplicate still being carried out: nothing was changed, and sent again a little
 * later it gets the answer the other one made.
 */
public final class RequestInFlight extends RuntimeException {

  public RequestInFlight(String receiptId) {
    super("request " + receiptId + " is being carried out by another call", null, false, false);
  }
}
