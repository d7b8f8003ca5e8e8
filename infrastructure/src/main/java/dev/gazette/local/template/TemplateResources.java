package dev.gazette.local.template;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/**
 * Turns the template's resource declarations into definitions, resolving every value with
 * {@link Intrinsics}. What the local cloud would have to ignore silently is refused, naming it.
 */
final class TemplateResources {

  /** Bucket settings S3Proxy cannot apply and nothing local depends on: left to AWS. */
  private static final Set<String> BUCKET_SETTINGS_LEFT_TO_AWS = Set.of("BucketName",
      "PublicAccessBlockConfiguration", "OwnershipControls", "BucketEncryption", "VersioningConfiguration",
      "LifecycleConfiguration", "Tags", "CorsConfiguration");
  private static final String BUCKET = "AWS::S3::Bucket";

  private final Intrinsics intrinsics;
  private final Map<String, Object> globals;

  TemplateResources(Intrinsics intrinsics, Map<String, Object> globals) {
    this.intrinsics = intrinsics;
    this.globals = globals;
  }

  List<TableDefinition> tables(Map<String, Map<String, Object>> resources) {
    List<TableDefinition> tables = new ArrayList<>();
    resources.forEach((logicalId, resource) -> {
      if ("AWS::DynamoDB::Table".equals(resource.get("Type"))) {
        Map<String, Object> properties = TemplateNodes.map(intrinsics.resolve(resource.get("Properties")));
        tables.add(new TableDefinition(logicalId, intrinsics.text(Map.of("Ref", logicalId)),
            keySchema(properties.get("KeySchema")),
            TemplateNodes.list(properties.get("AttributeDefinitions")).stream()
                .map(TemplateNodes::map)
                .map(a -> AttributeDefinition.builder()
                    .attributeName((String) a.get("AttributeName"))
                    .attributeType((String) a.get("AttributeType")).build())
                .toList(),
            (String) TemplateNodes.path(properties, "StreamSpecification").get("StreamViewType"),
            TemplateNodes.list(properties.get("GlobalSecondaryIndexes")).stream()
                .map(TemplateNodes::map).map(TemplateResources::globalIndex).toList()));
      }
    });
    return tables;
  }

  /**
   * Every bucket by logical id, with its local name. A setting the local cloud would have to apply
   * to behave as the stack does and does not (notifications written by hand) is refused rather than
   * ignored; CORS rules are applied by the local S3 ({@link #bucketCors}).
   */
  Map<String, String> buckets(Map<String, Map<String, Object>> resources) {
    Map<String, String> buckets = new LinkedHashMap<>();
    resources.forEach((logicalId, resource) -> {
      if (BUCKET.equals(resource.get("Type"))) {
        Map<String, Object> properties =
            TemplateNodes.withoutNulls(TemplateNodes.map(intrinsics.resolve(resource.get("Properties"))));
        for (String setting : properties.keySet()) {
          if (!BUCKET_SETTINGS_LEFT_TO_AWS.contains(setting)) {
            throw new IllegalArgumentException("Bucket " + logicalId + " sets " + setting
                + ", which the local cloud does not apply" + (setting.equals("NotificationConfiguration")
                ? ": declare the function's events as Events: {Type: S3} instead" : "")
                + "; it understands " + BUCKET_SETTINGS_LEFT_TO_AWS.stream().sorted().toList());
          }
        }
        buckets.put(logicalId, intrinsics.text(Map.of("Ref", logicalId)));
      }
    });
    return buckets;
  }

  /** The CORS rules of each bucket that declares some, resolved for the local stack. */
  Map<String, List<Map<String, Object>>> bucketCors(Map<String, Map<String, Object>> resources) {
    Map<String, List<Map<String, Object>>> rules = new LinkedHashMap<>();
    resources.forEach((logicalId, resource) -> {
      if (BUCKET.equals(resource.get("Type"))) {
        Object cors = intrinsics.resolve(TemplateNodes.map(resource.get("Properties")).get("CorsConfiguration"));
        List<Map<String, Object>> bucketRules = TemplateNodes.list(TemplateNodes.map(cors).get("CorsRules")).stream()
            .map(TemplateNodes::map).toList();
        if (!bucketRules.isEmpty()) {
          rules.put(logicalId, bucketRules);
        }
      }
    });
    return rules;
  }

  List<FunctionDefinition> functions(Map<String, Map<String, Object>> resources) {
    Map<String, Object> functionGlobals = TemplateNodes.map(globals.get("Function"));
    List<FunctionDefinition> functions = new ArrayList<>();
    resources.forEach((logicalId, resource) -> {
      if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
        Map<String, Object> properties = TemplateNodes.map(resource.get("Properties"));
        Map<String, Object> variables = new LinkedHashMap<>(
            TemplateNodes.path(functionGlobals, "Environment", "Variables"));
        variables.putAll(TemplateNodes.path(properties, "Environment", "Variables"));
        Map<String, String> environment = new LinkedHashMap<>();
        variables.forEach((name, value) -> environment.put(name, intrinsics.text(value)));
        Object handler = properties.getOrDefault("Handler", functionGlobals.get("Handler"));
        List<HttpRoute> routes = new ArrayList<>();
        List<StreamEventSource> streams = new ArrayList<>();
        List<ScheduleEventSource> schedules = new ArrayList<>();
        List<S3EventSource> notifications = new ArrayList<>();
        List<FunctionDefinition.QueueEventSource> queues = new ArrayList<>();
        TemplateNodes.mapOfMaps(properties.get("Events")).forEach((name, event) -> {
          Map<String, Object> eventProperties = TemplateNodes.map(event.get("Properties"));
          String type = String.valueOf(event.get("Type"));
          switch (type) {
            case "HttpApi" -> routes.add(new HttpRoute(intrinsics.text(eventProperties.getOrDefault("Method", "ANY")),
                intrinsics.text(eventProperties.getOrDefault("Path", "/{proxy+}"))));
            case "DynamoDB" -> streams.add(streamSource(logicalId, name, eventProperties, resources));
            case "Schedule" -> schedules.add(new ScheduleEventSource(name,
                intrinsics.text(eventProperties.get("Schedule"))));
            case "S3" -> notifications.add(s3Source(logicalId + " event " + name, name, eventProperties, resources));
            case "SQS" -> queues.add(queueSource(logicalId + " event " + name, eventProperties, resources));
            default -> throw new IllegalArgumentException(logicalId + " event " + name + " is of type " + type
                + ", which the local cloud does not deliver (it runs HttpApi, DynamoDB, Schedule, S3 and SQS events)");
          }
        });
        functions.add(new FunctionDefinition(logicalId, intrinsics.text(handler),
            TemplateNodes.withoutNulls(environment),
            Duration.ofSeconds(integer(intrinsics.resolve(
                properties.getOrDefault("Timeout", functionGlobals.get("Timeout"))), 3)),
            integer(intrinsics.resolve(
                properties.getOrDefault("MemorySize", functionGlobals.get("MemorySize"))), 128),
            routes, streams, schedules, notifications,
            asyncInvocation(logicalId, properties.getOrDefault("EventInvokeConfig",
                functionGlobals.get("EventInvokeConfig"))), queues));
      }
    });
    return functions;
  }

  /** An SQS event as SAM takes it: {@code Queue: !GetAtt <queue of this template>.Arn}. */
  private FunctionDefinition.QueueEventSource queueSource(String where, Map<String, Object> properties,
      Map<String, Map<String, Object>> resources) {
    Object attribute = TemplateNodes.map(properties.get("Queue")).get("Fn::GetAtt");
    List<?> parts = attribute instanceof String dotted
        ? List.of(dotted.split("\\.", 2)) : TemplateNodes.list(attribute);
    List<String> queues = ofType(resources, "AWS::SQS::Queue");
    if (parts.size() != 2 || !"Arn".equals(parts.get(1)) || !queues.contains(String.valueOf(parts.get(0)))) {
      throw new IllegalArgumentException(where + " reads the queue " + properties.get("Queue")
          + ": the local cloud reads only !GetAtt <Queue>.Arn of a queue of the template " + queues);
    }
    Map<String, Object> resolved = TemplateNodes.map(intrinsics.resolve(properties));
    return new FunctionDefinition.QueueEventSource(String.valueOf(parts.get(0)), integer(resolved.get("BatchSize"), 10),
        integer(TemplateNodes.path(resolved, "ScalingConfig").get("MaximumConcurrency"), 5),
        TemplateNodes.list(resolved.get("FunctionResponseTypes")).contains("ReportBatchItemFailures"));
  }

  /** The template's queues, each with its visibility timeout and redrive policy. */
  List<StackTemplate.Queue> queues(Map<String, Map<String, Object>> resources) {
    List<StackTemplate.Queue> queues = new ArrayList<>();
    resources.forEach((logicalId, resource) -> {
      if ("AWS::SQS::Queue".equals(resource.get("Type"))) {
        Map<String, Object> properties = TemplateNodes.map(resource.get("Properties"));
        Map<String, Object> redrive = TemplateNodes.map(properties.get("RedrivePolicy"));
        Object target = TemplateNodes.map(redrive.get("deadLetterTargetArn")).get("Fn::GetAtt");
        List<?> parts = target instanceof String dotted ? List.of(dotted.split("\\.", 2)) : TemplateNodes.list(target);
        queues.add(new StackTemplate.Queue(logicalId, intrinsics.text(Map.of("Fn::GetAtt", List.of(logicalId, "QueueName"))),
            Duration.ofSeconds(integer(intrinsics.resolve(properties.get("VisibilityTimeout")), 30)),
            parts.isEmpty() ? null : String.valueOf(parts.get(0)),
            integer(intrinsics.resolve(redrive.get("maxReceiveCount")), 0)));
      }
    });
    return queues;
  }

  private StreamEventSource streamSource(String function, String event, Map<String, Object> properties,
      Map<String, Map<String, Object>> resources) {
    String table = streamTable(function + " event " + event, properties.get("Stream"), resources);
    Map<String, Object> resolved = TemplateNodes.map(intrinsics.resolve(properties));
    List<String> patterns = TemplateNodes.list(TemplateNodes.path(resolved, "FilterCriteria").get("Filters"))
        .stream().map(filter -> String.valueOf(TemplateNodes.map(filter).get("Pattern"))).toList();
    return new StreamEventSource(table,
        String.valueOf(resolved.getOrDefault("StartingPosition", "TRIM_HORIZON")),
        integer(resolved.get("BatchSize"), 100),
        Duration.ofSeconds(integer(resolved.get("MaximumBatchingWindowInSeconds"), 0)),
        integer(resolved.get("MaximumRetryAttempts"), -1),
        integer(resolved.get("MaximumRecordAgeInSeconds"), -1),
        Boolean.parseBoolean(String.valueOf(resolved.getOrDefault("BisectBatchOnFunctionError", false))),
        TemplateNodes.list(resolved.get("FunctionResponseTypes")).contains("ReportBatchItemFailures"),
        patterns);
  }

  /**
   * The table whose stream an event reads: {@code !GetAtt T.StreamArn} (as a list or one dotted
   * string) of a table of the template. Anything else is refused, naming what was given, so that
   * the local cloud never polls another table than the one the template means.
   */
  private static String streamTable(String where, Object stream, Map<String, Map<String, Object>> resources) {
    Object attribute = TemplateNodes.map(stream).get("Fn::GetAtt");
    List<?> parts = attribute instanceof String dotted
        ? List.of(dotted.split("\\.", 2)) : TemplateNodes.list(attribute);
    List<String> tables = ofType(resources, "AWS::DynamoDB::Table");
    if (parts.size() != 2 || !"StreamArn".equals(parts.get(1))) {
      throw new IllegalArgumentException(where + " reads the stream " + stream
          + ": the local cloud polls only !GetAtt <Table>.StreamArn of a table of the template " + tables);
    }
    String table = String.valueOf(parts.get(0));
    if (!tables.contains(table)) {
      throw new IllegalArgumentException(where + " reads the stream of " + table
          + ", which is not an AWS::DynamoDB::Table of the template; its tables are " + tables);
    }
    return table;
  }

  /**
   * An S3 event as SAM takes it: {@code Bucket: !Ref <bucket of this template>}, ObjectCreated
   * event types, and at most one prefix and one suffix rule.
   */
  private S3EventSource s3Source(String where, String name, Map<String, Object> properties,
      Map<String, Map<String, Object>> resources) {
    Object bucketRef = TemplateNodes.map(properties.get("Bucket")).get("Ref");
    List<String> buckets = ofType(resources, BUCKET);
    if (!(bucketRef instanceof String bucket) || !buckets.contains(bucket)) {
      throw new IllegalArgumentException(where + " watches the bucket " + properties.get("Bucket")
          + ": SAM takes only !Ref of a bucket of the template " + buckets);
    }
    Object declared = intrinsics.resolve(properties.get("Events"));
    List<String> events = declared instanceof List<?> list ? list.stream().map(String::valueOf).toList()
        : declared == null ? List.of() : List.of(String.valueOf(declared));
    if (events.isEmpty() || !S3EventSource.DELIVERED.containsAll(events)) {
      throw new IllegalArgumentException(where + " asks for " + events
          + ": the local cloud delivers only " + S3EventSource.DELIVERED);
    }
    Map<String, String> rules = new LinkedHashMap<>();
    for (Object node : TemplateNodes.list(TemplateNodes.path(
        TemplateNodes.map(intrinsics.resolve(properties.get("Filter"))), "S3Key").get("Rules"))) {
      Map<String, Object> rule = TemplateNodes.map(node);
      String ruleName = String.valueOf(rule.get("Name")).toLowerCase(Locale.ROOT);
      if (!Set.of("prefix", "suffix").contains(ruleName) || rules.put(ruleName, String.valueOf(rule.get("Value"))) != null) {
        throw new IllegalArgumentException(where + " filters keys with " + rule
            + ": S3 takes at most one prefix and one suffix rule");
      }
    }
    return new S3EventSource(name, bucket, intrinsics.text(Map.of("Ref", bucket)), events,
        rules.getOrDefault("prefix", ""), rules.getOrDefault("suffix", ""));
  }

  /** EventInvokeConfig, checked against Lambda's limits; only an on-failure destination is kept. */
  private FunctionDefinition.AsyncInvocation asyncInvocation(String function, Object config) {
    Map<String, Object> resolved = TemplateNodes.map(intrinsics.resolve(config));
    if (resolved.isEmpty()) {
      return FunctionDefinition.AsyncInvocation.DEFAULTS;
    }
    int retries = integer(resolved.get("MaximumRetryAttempts"), 2);
    int maxAge = integer(resolved.get("MaximumEventAgeInSeconds"), 21_600);
    if (retries < 0 || retries > 2 || maxAge < 60 || maxAge > 21_600) {
      throw new IllegalArgumentException(function + " EventInvokeConfig: Lambda takes 0 to 2 retries and an age of 60"
          + " to 21600 s, not " + retries + " and " + maxAge);
    }
    Map<String, Object> destinations = TemplateNodes.map(resolved.get("DestinationConfig"));
    if (destinations.containsKey("OnSuccess")) {
      throw new IllegalArgumentException(function + " EventInvokeConfig has an OnSuccess destination, which the"
          + " local cloud does not deliver");
    }
    Object onFailure = TemplateNodes.map(destinations.get("OnFailure")).get("Destination");
    return new FunctionDefinition.AsyncInvocation(retries, Duration.ofSeconds(maxAge),
        onFailure == null ? null : String.valueOf(onFailure));
  }

  private static List<String> ofType(Map<String, Map<String, Object>> resources, String type) {
    return resources.entrySet().stream().filter(entry -> type.equals(entry.getValue().get("Type")))
        .map(Map.Entry::getKey).toList();
  }

  private static List<KeySchemaElement> keySchema(Object node) {
    return TemplateNodes.list(node).stream().map(TemplateNodes::map)
        .map(k -> KeySchemaElement.builder().attributeName((String) k.get("AttributeName"))
            .keyType((String) k.get("KeyType")).build())
        .toList();
  }

  private static GlobalSecondaryIndex globalIndex(Map<String, Object> index) {
    Map<String, Object> projection = TemplateNodes.map(index.get("Projection"));
    Projection.Builder projected = Projection.builder()
        .projectionType((String) projection.getOrDefault("ProjectionType", "ALL"));
    List<?> nonKeyAttributes = TemplateNodes.list(projection.get("NonKeyAttributes"));
    if (!nonKeyAttributes.isEmpty()) {
      // DynamoDB refuses an empty NonKeyAttributes list, so it is sent only when there is one.
      projected.nonKeyAttributes(nonKeyAttributes.stream().map(String::valueOf).toList());
    }
    return GlobalSecondaryIndex.builder()
        .indexName((String) index.get("IndexName"))
        .keySchema(keySchema(index.get("KeySchema")))
        .projection(projected.build())
        .build();
  }

  private static int integer(Object value, int fallback) {
    return value == null ? fallback : Integer.parseInt(String.valueOf(value));
  }
}
