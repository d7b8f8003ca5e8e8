package dev.gazette.local.s3events;

import dev.gazette.local.template.FunctionDefinition.AsyncInvocation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Lambda's rules for an event it invokes asynchronously, without I/O: an event older than the
 * maximum age is not invoked, a failed one is retried after a growing delay until the retries
 * run out, and what is given up goes to the on-failure destination with Lambda's condition.
 * Lambda waits one minute, then two, between attempts; the local cloud waits that many seconds
 * (times {@code firstDelay}) so that an editor or a test sees the outcome soon.
 */
record RetryRules(AsyncInvocation config, Duration firstDelay) {

  static final String RETRIES_EXHAUSTED = "RetriesExhausted";
  static final String EVENT_AGE_EXCEEDED = "EventAgeExceeded";
  static final Duration LOCAL_FIRST_DELAY = Duration.ofSeconds(1);

  /** What to do after an attempt failed. */
  sealed interface Next {
    /** Invoke again at this instant. */
    record Retry(Instant at) implements Next {
    }

    /** Send the event to the on-failure destination with this condition. */
    record GiveUp(String condition) implements Next {
    }
  }

  /** Why an event about to be invoked is given up instead: it waited past the maximum age. */
  Optional<String> expired(Instant queuedAt, Instant now) {
    return now.isAfter(queuedAt.plus(config.maximumEventAge())) ? Optional.of(EVENT_AGE_EXCEEDED) : Optional.empty();
  }

  /** @param failedAttempts how many attempts failed so far, this one included */
  Next afterFailure(int failedAttempts, Instant queuedAt, Instant now) {
    if (failedAttempts > config.maximumRetryAttempts()) {
      return new Next.GiveUp(RETRIES_EXHAUSTED);
    }
    Instant at = now.plus(firstDelay.multipliedBy(1L << Math.min(failedAttempts - 1, 10)));
    return expired(queuedAt, at).<Next>map(Next.GiveUp::new).orElse(new Next.Retry(at));
  }
}
