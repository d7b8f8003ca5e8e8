package dev.gazette.local.template;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

/** Turns the template's resource declarations into definitions, resolving every value with {@link Intrinsics}. */
final class TemplateResources {

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

  List<String> bucketNames(Map<String, Map<String, Object>> resources) {
    return resources.entrySet().stream()
        .filter(entry -> "AWS::S3::Bucket".equals(entry.getValue().get("Type")))
        .map(entry -> intrinsics.text(Map.of("Ref", entry.getKey())))
        .toList();
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
        TemplateNodes.mapOfMaps(properties.get("Events")).forEach((name, event) -> {
          Map<String, Object> eventProperties = TemplateNodes.map(event.get("Properties"));
          if ("HttpApi".equals(event.get("Type"))) {
            routes.add(new HttpRoute(intrinsics.text(eventProperties.getOrDefault("Method", "ANY")),
                intrinsics.text(eventProperties.getOrDefault("Path", "/{proxy+}"))));
          } else if ("DynamoDB".equals(event.get("Type"))) {
            streams.add(streamSource(logicalId, name, eventProperties, resources));
          } else if ("Schedule".equals(event.get("Type"))) {
            schedules.add(new ScheduleEventSource(name, intrinsics.text(eventProperties.get("Schedule"))));
          }
        });
        functions.add(new FunctionDefinition(logicalId, intrinsics.text(handler),
            TemplateNodes.withoutNulls(environment),
            Duration.ofSeconds(integer(intrinsics.resolve(
                properties.getOrDefault("Timeout", functionGlobals.get("Timeout"))), 3)),
            integer(intrinsics.resolve(
                properties.getOrDefault("MemorySize", functionGlobals.get("MemorySize"))), 128),
            routes, streams, schedules));
      }
    });
    return functions;
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
    List<String> tables = resources.entrySet().stream()
        .filter(entry -> "AWS::DynamoDB::Table".equals(entry.getValue().get("Type"))).map(Map.Entry::getKey).toList();
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
