package dev.gazette.local.template;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A function of the template: its handler string ({@code package.Class::method}), the environment
 * variables it gets (Globals merged with its own, resolved for the local stack), its limits and its events (routes, streams, schedules).
 */
public record FunctionDefinition(
    String logicalId,
    String handler,
    Map<String, String> environment,
    Duration timeout,
    int memorySize,
    List<HttpRoute> routes,
    List<StreamEventSource> streamSources,
    List<ScheduleEventSource> schedules) {

  public FunctionDefinition {
    environment = Map.copyOf(environment);
    routes = List.copyOf(routes);
    streamSources = List.copyOf(streamSources);
    schedules = List.copyOf(schedules);
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
}
