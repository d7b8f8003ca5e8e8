package dev.gazette.local.schedule;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.lambda.HandlerInput;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event EventBridge sends a function when its schedule fires, in the type the handler takes
 * (Lambda's runtime deserialises the JSON into the handler's input type; so does this).
 */
final class ScheduledEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScheduledEvents() {}

  static Object forHandler(Class<?> handlerClass, String ruleArn, Instant time) {
    Class<?> input = HandlerInput.typeOf(handlerClass);
    if (input == ScheduledEvent.class) {
      // The time is left out: ScheduledEvent holds it as a Joda DateTime.
      return new ScheduledEvent().withId(UUID.randomUUID().toString()).withVersion("0")
          .withDetailType("Scheduled Event").withSource("aws.events")
          .withAccount(LocalAws.ACCOUNT_ID).withRegion(LocalAws.REGION.id())
          .withResources(List.of(ruleArn)).withDetail(Map.of());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("version", "0");
    json.put("id", UUID.randomUUID().toString());
    json.put("detail-type", "Scheduled Event");
    json.put("source", "aws.events");
    json.put("account", LocalAws.ACCOUNT_ID);
    json.put("time", time.toString());
    json.put("region", LocalAws.REGION.id());
    json.put("resources", List.of(ruleArn));
    json.put("detail", Map.of());
    return input.isAssignableFrom(LinkedHashMap.class) ? json : JSON.convertValue(json, input);
  }
}
