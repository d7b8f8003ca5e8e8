package dev.gazette.local.schedule;

import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.lambda.LocalEndpoints;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.ScheduleEventSource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local EventBridge rule of a Schedule event: invokes the function every period. The
 * function is built at its first run, as Lambda initialises a function at its first invocation:
 * a scheduled function that cannot start fails its runs (logged), not the whole local cloud.
 */
public final class LocalSchedule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalSchedule.class);

  private final FunctionDefinition definition;
  private final ScheduleEventSource source;
  private final LocalEndpoints endpoints;
  private ScheduledExecutorService timer;
  private LocalFunction<Object, Object> function;

  public LocalSchedule(FunctionDefinition definition, ScheduleEventSource source, LocalEndpoints endpoints) {
    this.definition = definition;
    this.source = source;
    this.endpoints = endpoints;
  }

  public LocalSchedule start() {
    Duration period = source.period().orElse(null);
    if (period == null) {
      LOG.warn("{} {}: only rate(...) schedules run locally, not {}", definition.logicalId(),
          source.name(), source.expression());
      return this;
    }
    timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "schedule-" + definition.logicalId());
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleAtFixedRate(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("{} runs every {} ({})", definition.logicalId(), period, source.expression());
    return this;
  }

  public FunctionDefinition definition() {
    return definition;
  }

  /** Runs the function once now, as the rule would: for tests and impatient operators. */
  public synchronized Object runNow() {
    if (function == null) {
      function = LocalFunction.load(definition, endpoints);
    }
    String ruleArn = "arn:aws:events:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID
        + ":rule/" + definition.logicalId() + source.name();
    return function.invoke(ScheduledEvents.forHandler(function.handlerClass(), ruleArn, Instant.now()));
  }

  private void tick() {
    try {
      runNow();
    } catch (RuntimeException | Error e) {
      LOG.error("{} failed its scheduled run: {}", definition.logicalId(), e.toString());
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (timer != null) {
      timer.shutdown();
      timer.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
