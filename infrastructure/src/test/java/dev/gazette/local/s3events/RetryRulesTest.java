package dev.gazette.local.s3events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.template.FunctionDefinition.AsyncInvocation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Lambda's retry rules for asynchronous events, on instants of our choosing. */
class RetryRulesTest {
  private static final Instant QUEUED = Instant.parse("2026-12-02T08:00:00Z");
  private final RetryRules twoRetriesInAnHour =
      new RetryRules(new AsyncInvocation(2, Duration.ofHours(1), "arn:aws:sqs:q"), Duration.ofSeconds(1));

  @Test
  void aFailedEventIsRetriedAfterADelayThatDoublesThenGivenUpOnceTheRetriesRunOut() {
    Instant now = QUEUED.plusSeconds(5);
    assertThat(twoRetriesInAnHour.afterFailure(1, QUEUED, now)).isEqualTo(new RetryRules.Next.Retry(now.plusSeconds(1)));
    assertThat(twoRetriesInAnHour.afterFailure(2, QUEUED, now)).isEqualTo(new RetryRules.Next.Retry(now.plusSeconds(2)));
    assertThat(twoRetriesInAnHour.afterFailure(3, QUEUED, now))
        .isEqualTo(new RetryRules.Next.GiveUp(RetryRules.RETRIES_EXHAUSTED));
  }

  @Test
  void noRetriesMeansTheFirstFailureIsFinal() {
    RetryRules none = new RetryRules(new AsyncInvocation(0, Duration.ofHours(1), null), Duration.ofSeconds(1));
    assertThat(none.afterFailure(1, QUEUED, QUEUED)).isEqualTo(new RetryRules.Next.GiveUp(RetryRules.RETRIES_EXHAUSTED));
  }

  @Test
  void anEventPastItsMaximumAgeIsNotInvokedAndARetryThatWouldComeTooLateIsGivenUpNow() {
    assertThat(twoRetriesInAnHour.expired(QUEUED, QUEUED.plus(Duration.ofMinutes(59)))).isEmpty();
    assertThat(twoRetriesInAnHour.expired(QUEUED, QUEUED.plus(Duration.ofMinutes(61))))
        .contains(RetryRules.EVENT_AGE_EXCEEDED);
    Instant justBefore = QUEUED.plus(Duration.ofHours(1)).minusMillis(500);
    assertThat(twoRetriesInAnHour.afterFailure(1, QUEUED, justBefore))
        .isEqualTo(new RetryRules.Next.GiveUp(RetryRules.EVENT_AGE_EXCEEDED));
  }
}
