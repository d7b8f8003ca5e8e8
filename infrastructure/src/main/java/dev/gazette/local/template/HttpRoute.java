package dev.gazette.local.template;

import java.util.Locale;

/** One HttpApi event of a function: a method (or ANY) and a path template like {@code /articles/{id}}. */
public record HttpRoute(String method, String path) {

  public HttpRoute {
    method = method.toUpperCase(Locale.ROOT);
  }

  /** API Gateway's route key, e.g. {@code PUT /articles/{id}}. */
  public String routeKey() {
    return method + " " + path;
  }
}
