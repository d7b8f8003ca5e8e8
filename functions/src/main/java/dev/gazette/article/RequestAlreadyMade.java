package dev.gazette.article;

/**
 * A request whose receipt is already kept: it was carried out before (perhaps at this very
 * moment by a duplicate that won), so nothing was changed this time; {@code receipt} says how it
 * was answered.
 */
public final class RequestAlreadyMade extends RuntimeException {
  private final transient RequestReceipt receipt;

  public RequestAlreadyMade(RequestReceipt receipt) {
    super("request " + receipt.id() + " was already made", null, false, false);
    this.receipt = receipt;
  }

  public RequestReceipt receipt() {
    return receipt;
  }
}
