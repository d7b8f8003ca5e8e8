package dev.gazette.faults;

import java.time.Duration;
import java.util.Set;

/**
 * One kind of fault, at a rate, for some requests: {@code FaultRule.appliedThen500(0.2).on("DynamoDB",
 * "PutItem", "UpdateItem")}. Without {@code on}, it strikes every operation of every service.
 *
 * @param service the SDK's service name, in any case ({@code DynamoDB}, {@code S3}), or null for any
 * @param operations the SDK's operation names ({@code PutItem}, {@code PutObject}); empty for any
 * @param latency how long a {@link FaultKind#SLOW} request is held back
 * @param limit how many times at most it strikes ({@code times(1)}: exactly the first matching attempt, at rate 1)
 */
public record FaultRule(FaultKind kind, double rate, String service, Set<String> operations, Duration latency,
    long limit) {

  public FaultRule {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("a fault rate is between 0 and 1, not " + rate);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("a fault limit is not negative: " + limit);
    }
    operations = Set.copyOf(operations);
  }

  public static FaultRule failBeforeSending(double rate) {
    return new FaultRule(FaultKind.FAIL_BEFORE_SENDING, rate, null, Set.of(), Duration.ZERO, Long.MAX_VALUE);
  }

  public static FaultRule appliedThen500(double rate) {
    return new FaultRule(FaultKind.APPLIED_THEN_500, rate, null, Set.of(), Duration.ZERO, Long.MAX_VALUE);
  }

  public static FaultRule slow(double rate, Duration latency) {
    return new FaultRule(FaultKind.SLOW, rate, null, Set.of(), latency, Long.MAX_VALUE);
  }

  public static FaultRule throttled(double rate) {
    return new FaultRule(FaultKind.THROTTLED, rate, null, Set.of(), Duration.ZERO, Long.MAX_VALUE);
  }

  /** The same rule, only for these operations of this service (none named: all its operations). */
  public FaultRule on(String service, String... operations) {
    return new FaultRule(kind, rate, service, Set.of(operations), latency, limit);
  }

  /** The same rule, striking at most this many times. */
  public FaultRule times(long most) {
    return new FaultRule(kind, rate, service, operations, latency, most);
  }

  boolean covers(String requestService, String requestOperation) {
    return (service == null || service.equalsIgnoreCase(requestService))
        && (operations.isEmpty() || operations.contains(requestOperation));
  }
}
