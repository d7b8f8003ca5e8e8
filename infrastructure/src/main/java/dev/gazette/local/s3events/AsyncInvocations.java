package dev.gazette.local.s3events;

import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.lambda.LocalFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda's queue of asynchronous events for one function: events are invoked one at a time on a
 * thread of their own (as one instance would take them), a failure is retried as {@link RetryRules}
 * says, and what is given up is written to the on-failure sink. Queued events are journalled
 * before the call that queued them returns, so none is lost to a crash.
 */
final class AsyncInvocations implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AsyncInvocations.class);

  /** An event waiting for its next attempt. */
  private record Attempt(EventJournal.Queued event, int failures, Instant due) {
  }

  private final LocalFunction<Object, Object> function;
  private final RetryRules rules;
  private final EventJournal journal;
  private final FailedEventSink failures;
  private final Clock clock;
  private final PriorityQueue<Attempt> queue = new PriorityQueue<>(Comparator.comparing(Attempt::due));
  private int inFlight;
  private volatile boolean running;
  private Thread thread;

  AsyncInvocations(LocalFunction<Object, Object> function, RetryRules rules, EventJournal journal,
      FailedEventSink failures, Clock clock) {
    this.function = function;
    this.rules = rules;
    this.journal = journal;
    this.failures = failures;
    this.clock = clock;
  }

  /** Takes up what the journal kept from before a stop, then starts invoking. */
  AsyncInvocations start() {
    synchronized (this) {
      journal.recover().forEach(event -> queue.add(new Attempt(event, 0, clock.instant())));
      if (!queue.isEmpty()) {
        LOG.info("{}: {} event(s) queued before the last stop are delivered now", name(), queue.size());
      }
    }
    running = true;
    thread = new Thread(this::run, "async-" + name());
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  /** Queues one event (its JSON) for the function; returns the request id Lambda gives it. */
  String enqueue(String event) {
    EventJournal.Queued queued = new EventJournal.Queued(UUID.randomUUID().toString(), clock.instant(), event);
    synchronized (this) {
      journal.queued(queued);
      queue.add(new Attempt(queued, 0, queued.queuedAt()));
      notifyAll();
    }
    return queued.requestId();
  }

  /** Waits until every event queued so far was invoked successfully or given up. */
  synchronized void awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!queue.isEmpty() || inFlight > 0) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0 || !running) {
        throw new IllegalStateException(name() + " still had " + (queue.size() + inFlight)
            + " event(s) to deliver after " + timeout + (running ? "" : " (stopped)"));
      }
      wait(Math.max(1, remaining / 1_000_000));
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    if (thread != null) {
      synchronized (this) {
        notifyAll();
      }
      // An invocation in progress finishes; what is still queued stays in the journal for the next start.
      thread.join(Duration.ofSeconds(30).toMillis());
      thread = null;
    }
  }

  private void run() {
    while (running) {
      Attempt attempt;
      try {
        attempt = nextDue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (attempt != null) {
        try {
          deliver(attempt);
        } finally {
          synchronized (this) {
            inFlight--;
            notifyAll();
          }
        }
      }
    }
  }

  private synchronized Attempt nextDue() throws InterruptedException {
    while (running) {
      Attempt first = queue.peek();
      long wait = first == null ? 1_000 : Duration.between(clock.instant(), first.due()).toMillis();
      if (first != null && wait <= 0) {
        inFlight++;
        return queue.poll();
      }
      wait(Math.max(1, wait));
    }
    return null;
  }

  private void deliver(Attempt attempt) {
    EventJournal.Queued event = attempt.event();
    var tooOld = rules.expired(event.queuedAt(), clock.instant());
    if (tooOld.isPresent()) {
      giveUp(event, attempt.failures(), tooOld.get(), null);
      return;
    }
    try {
      function.invokeWithJson(event.event(), event.requestId());
      journal.done(event.requestId());
    } catch (RuntimeException | Error e) {
      int failed = attempt.failures() + 1;
      String error = e.toString();
      RetryRules.Next next = rules.afterFailure(failed, event.queuedAt(), clock.instant());
      if (next instanceof RetryRules.Next.Retry retry) {
        LOG.warn("{} failed on event {} (attempt {}), retrying at {}: {}", name(), event.requestId(), failed,
            retry.at(), error);
        synchronized (this) {
          queue.add(new Attempt(event, failed, retry.at()));
        }
      } else if (next instanceof RetryRules.Next.GiveUp giveUp) {
        giveUp(event, failed, giveUp.condition(), error);
      }
    }
  }

  private void giveUp(EventJournal.Queued event, int invocations, String condition, String error) {
    String functionArn = "arn:aws:lambda:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID + ":function:" + name();
    failures.write(functionArn, rules.config().onFailureDestination(), event.requestId(),
        event.event(), invocations, condition, error);
    journal.done(event.requestId());
  }

  private String name() {
    return function.definition().logicalId();
  }
}
