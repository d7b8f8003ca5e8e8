package dev.gazette.local.template;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A function of the template: its handler string ({@code package.Class::method}), the environment
 * variables it gets (Globals merged with its own, resolved for the local stack), its limits, its
 * events (routes, streams, schedules, S3 notifications, queues) and how Lambda retries its
 * asynchronous invocations.
 */
public record FunctionDefinition(
    String logicalId,
    String handler,
    Map<String, String> environment,
    Duration timeout,
    int memorySize,
    List<HttpRoute> routes,
    List<StreamEventSource> streamSources,
    List<ScheduleEventSource> schedules,
    List<S3EventSource> s3Sources,
    AsyncInvocation asyncInvocation,
    List<QueueEventSource> queueSources) {

  public FunctionDefinition {
    environment = Map.copyOf(environment);
    routes = List.copyOf(routes);
    streamSources = List.copyOf(streamSources);
    schedules = List.copyOf(schedules);
    s3Sources = List.copyOf(s3Sources);
    queueSources = List.copyOf(queueSources);
  }

  /** A function that reads no queue. */
  public FunctionDefinition(String logicalId, String handler, Map<String, String> environment, Duration timeout,
      int memorySize, List<HttpRoute> routes, List<StreamEventSource> streamSources,
      List<ScheduleEventSource> schedules, List<S3EventSource> s3Sources, AsyncInvocation asyncInvocation) {
    this(logicalId, handler, environment, timeout, memorySize, routes, streamSources, schedules, s3Sources,
        asyncInvocation, List.of());
  }

  /**
   * The function's EventInvokeConfig: what Lambda does with an event it invoked asynchronously
   * (S3 notifications are) when the function fails.
   *
   * @param maximumRetryAttempts retries after the first attempt, 0 to 2
   * @param maximumEventAge events queued longer are given up instead of invoked
   * @param onFailureDestination the ARN given-up events are sent to; {@code null} for none
   */
  public record AsyncInvocation(int maximumRetryAttempts, Duration maximumEventAge, String onFailureDestination) {
    /** Lambda's defaults: two retries, events kept six hours, no destination. */
    public static final AsyncInvocation DEFAULTS = new AsyncInvocation(2, Duration.ofHours(6), null);
  }

  /** A function with routes, streams and schedules, and Lambda's default asynchronous settings. */
  public FunctionDefinition(String logicalId, String handler, Map<String, String> environment,
      Duration timeout, int memorySize, List<HttpRoute> routes, List<StreamEventSource> streamSources,
      List<ScheduleEventSource> schedules) {
    this(logicalId, handler, environment, timeout, memorySize, routes, streamSources, schedules, List.of(),
        AsyncInvocation.DEFAULTS);
  }

  /** A function without schedules. */
  public FunctionDefinition(String logicalId, String handler, Map<String, String> environment,
      Duration timeout, int memorySize, List<HttpRoute> routes, List<StreamEventSource> streamSources) {
    this(logicalId, handler, environment, timeout, memorySize, routes, streamSources, List.of());
  }

  /** The class part of the handler string. */
  public String handlerClass() {
    int separator = handler.indexOf("::");
    return separator < 0 ? handler : handler.substring(0, separator);
  }

  /**
   * An SQS event source of a function (SAM's {@code Type: SQS}): the queue it reads, the batch
   * size (Lambda's default 10), the most invocations at once (ScalingConfig MaximumConcurrency;
   * Lambda's default is the account's concurrency, here 5) and whether the function reports
   * failed messages one by one (ReportBatchItemFailures).
   */
  public record QueueEventSource(String queueLogicalId, int batchSize, int maximumConcurrency,
      boolean reportBatchItemFailures) {}
}
