package dev.gazette.faults;

/**
 * The ways a request to AWS can go wrong, told apart by what the service did: a client that only
 * sees the error cannot know which one happened, and code that retries must be right for all four.
 */
public enum FaultKind {
  /** The connection fails before the request leaves: nothing applied, the SDK retries. */
  FAIL_BEFORE_SENDING,
  /** The service applies the request, then the answer is a 500: the SDK retries work already done. */
  APPLIED_THEN_500,
  /** The request is held back before sending, then goes through unharmed. */
  SLOW,
  /** The service refuses the request as throttled (DynamoDB 400, S3 503 SlowDown): nothing applied. */
  THROTTLED
}
