package dev.gazette.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The yardstick of {@code ./gazette bench coldstart}: a Lambda function that only says hello. */
public final class HelloWorldHandler implements RequestHandler<Map<String, Object>, String> {
  @Override
  public String handleRequest(Map<String, Object> event, Context context) {
    return "hello, " + event.getOrDefault("rawPath", "world");
  }
}
