package dev.gazette.stack;

import dev.gazette.local.template.TemplateNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Lambda itself does with a function's role, read from the function's template entry:
 * write its logs to its log group, read its streams and queues, send what it gives up on to the
 * failure queue of a stream or of its asynchronous invocations (EventInvokeConfig).
 */
final class PlatformAccesses {
  private static final List<String> STREAM_ACTIONS = List.of("dynamodb:DescribeStream",
      "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams");

  private static final List<String> QUEUE_ACTIONS = List.of("sqs:ReceiveMessage", "sqs:DeleteMessage",
      "sqs:GetQueueAttributes");

  private PlatformAccesses() {}

  static List<IamAccess> of(DeployedTemplate template, String function) {
    List<IamAccess> accesses = new ArrayList<>();
    Map<String, Object> properties = template.rawProperties(function);
    Object logGroup = TemplateNodes.map(properties.get("LoggingConfig")).get("LogGroup");
    if (logGroup != null) {
      String arn = String.valueOf(template.resolve(Map.of("Fn::GetAtt", List.of(DeployedTemplate.target(logGroup), "Arn"))));
      String stream = arn.substring(0, arn.length() - 1) + "log-stream:2026/11/30/[$LATEST]0123";
      accesses.add(IamAccess.of("logs:CreateLogStream", stream));
      accesses.add(IamAccess.of("logs:PutLogEvents", stream));
    }
    TemplateNodes.mapOfMaps(properties.get("Events")).values().stream()
        .filter(event -> "DynamoDB".equals(event.get("Type")))
        .map(event -> TemplateNodes.map(event.get("Properties")))
        .forEach(stream -> {
          String streamArn = String.valueOf(template.resolve(stream.get("Stream")));
          STREAM_ACTIONS.forEach(action -> accesses.add(IamAccess.of(action, streamArn)));
          Object queue = TemplateNodes.path(stream, "DestinationConfig", "OnFailure").get("Destination");
          if (queue != null) {
            accesses.add(IamAccess.of("sqs:SendMessage", String.valueOf(template.resolve(queue))));
          }
        });
    // An SQS event source polls the queue with the function's role, and deletes what succeeded.
    TemplateNodes.mapOfMaps(properties.get("Events")).values().stream()
        .filter(event -> "SQS".equals(event.get("Type")))
        .map(event -> String.valueOf(template.resolve(TemplateNodes.map(event.get("Properties")).get("Queue"))))
        .forEach(queue -> QUEUE_ACTIONS.forEach(action -> accesses.add(IamAccess.of(action, queue))));
    Map<String, Object> asyncFailures = TemplateNodes.path(properties, "EventInvokeConfig", "DestinationConfig",
        "OnFailure");
    if (asyncFailures.get("Destination") != null) {
      String action = switch (String.valueOf(asyncFailures.get("Type"))) {
        case "SQS" -> "sqs:SendMessage";
        case "SNS" -> "sns:Publish";
        case "Lambda" -> "lambda:InvokeFunction";
        default -> "events:PutEvents";
      };
      accesses.add(IamAccess.of(action, String.valueOf(template.resolve(asyncFailures.get("Destination")))));
    }
    return accesses;
  }
}
