package dev.gazette.e2e;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A request known to get one status openapi.yaml documents for one operation, and what else that
 * answer must show beyond conforming to the spec (a header's value, a field of the body).
 */
record DocumentedAnswer(String routeKey, int status, Function<ApiCalls, Answer> request,
    BiConsumer<ApiCalls, Answer> check) {

  static DocumentedAnswer of(String routeKey, int status, Function<ApiCalls, Answer> request) {
    return new DocumentedAnswer(routeKey, status, request, (calls, answer) -> { });
  }

  DocumentedAnswer then(BiConsumer<ApiCalls, Answer> more) {
    return new DocumentedAnswer(routeKey, status, request, check.andThen(more));
  }

  String key() {
    return routeKey + " " + status;
  }
}
