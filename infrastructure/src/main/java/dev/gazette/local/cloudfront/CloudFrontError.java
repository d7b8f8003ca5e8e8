package dev.gazette.local.cloudfront;

/** An error CloudFront answers with: its HTTP status and its code, as the SDK maps it to an exception. */
final class CloudFrontError extends RuntimeException {
  private final int status;
  private final String code;

  CloudFrontError(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
