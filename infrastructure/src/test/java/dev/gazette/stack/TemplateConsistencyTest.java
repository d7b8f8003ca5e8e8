package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.gazette.local.stream.EventPattern;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.StreamEventSource;
import dev.gazette.local.template.TemplateNodes;
import dev.gazette.runtime.FunctionEnvironment;
import dev.gazette.runtime.FunctionEnvironments;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** template.yaml against the code it deploys: handlers, the environment they read, function settings. */
class TemplateConsistencyTest {
  private final DeployedTemplate template = new DeployedTemplate();
  private final List<String> functions = template.ofType("AWS::Serverless::Function");

  @Test
  void everyHandlerNamesARequestHandlerClassAndAMethodThatExist() throws Exception {
    assertThat(functions).isNotEmpty();
    for (String function : functions) {
      String handler = String.valueOf(template.functionProperty(function, "Handler"));
      assertThat(handler).as(function).contains("::");
      Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
      String methodName = handler.substring(handler.indexOf("::") + 2);
      assertThat(RequestHandler.class).as(handler).isAssignableFrom(type);
      assertThat(type.getConstructor().getModifiers() & Modifier.PUBLIC).as("Lambda builds " + handler
          + " with its public no-argument constructor").isNotZero();
      assertThat(Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(methodName))
          .map(Method::getParameterTypes).filter(parameters -> parameters.length == 2 && parameters[1] == Context.class))
          .as(handler).isNotEmpty();
    }
  }

  @Test
  void everyFunctionIsSetExactlyTheVariablesItsHandlerDeclaresItReads() {
    for (String function : functions) {
      String handler = String.valueOf(template.functionProperty(function, "Handler"));
      FunctionEnvironment declared = FunctionEnvironments.forHandler(handler.substring(0, handler.indexOf("::")))
          .orElseThrow(() -> new AssertionError(handler + " is not declared in FunctionEnvironments"));
      Map<String, Object> variables = TemplateNodes.path(template.properties(function), "Environment", "Variables");
      assertThat(variables.keySet()).as(function).containsExactlyInAnyOrderElementsOf(declared.fromTemplate());
      assertThat(variables.keySet()).as(function + " sets no variable that Lambda reserves")
          .noneMatch(name -> name.startsWith("AWS_"));
    }
  }

  @Test
  void everyFunctionRunsOnJava21Arm64WithSnapStartOnAPublishedAliasAndJsonLogs() {
    for (String function : functions) {
      assertThat(template.functionProperty(function, "Runtime")).as(function).isEqualTo("java21");
      assertThat(template.functionProperty(function, "Architectures")).as(function).isEqualTo(List.of("arm64"));
      assertThat(template.functionProperty(function, "SnapStart")).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
      assertThat(template.functionProperty(function, "AutoPublishAlias")).as(function).isNotNull();
      assertThat(TemplateNodes.map(template.functionProperty(function, "LoggingConfig")))
          .containsEntry("LogFormat", "JSON");
      assertThat(TemplateNodes.map(template.rawProperties(function).get("LoggingConfig")).get("LogGroup"))
          .as(function + " logs to a log group of the stack, with a retention").isNotNull();
      assertThat(template.functionProperty(function, "MemorySize")).as(function).isNotNull();
      assertThat(template.functionProperty(function, "Timeout")).as(function).isNotNull();
    }
  }

  @Test
  void thePublisherReadsTheStreamWithPartialFailuresBisectBoundedRetriesAndAnAlarmedFailureQueue() {
    Map<String, Object> events = TemplateNodes.map(template.rawProperties("PublisherFunction").get("Events"));
    Map<String, Object> stream = TemplateNodes.path(TemplateNodes.map(events), "ArticleChanges");
    assertThat(stream).containsEntry("Type", "DynamoDB");
    Map<String, Object> settings = TemplateNodes.map(stream.get("Properties"));
    assertThat(settings.get("FunctionResponseTypes")).isEqualTo(List.of("ReportBatchItemFailures"));
    assertThat(settings).containsEntry("BisectBatchOnFunctionError", true)
        .containsEntry("StartingPosition", "TRIM_HORIZON");
    assertThat((Integer) settings.get("MaximumRetryAttempts")).isBetween(1, 10);
    assertThat((Integer) settings.get("MaximumRecordAgeInSeconds")).isBetween(60, 24 * 3600);
    assertThat((Integer) settings.get("BatchSize")).isBetween(1, 100);
    assertThat((Integer) settings.get("MaximumBatchingWindowInSeconds")).isBetween(0, 5);
    Map<String, Object> onFailure = TemplateNodes.path(settings, "DestinationConfig", "OnFailure");
    assertThat(onFailure).containsEntry("Type", "SQS");
    String queue = DeployedTemplate.target(onFailure.get("Destination"));
    assertThat(template.type(queue)).isEqualTo("AWS::SQS::Queue");
    assertThat(template.ofType("AWS::CloudWatch::Alarm")).as("an alarm watches " + queue)
        .anySatisfy(alarm -> assertThat(TemplateNodes.list(template.rawProperties(alarm).get("Dimensions")))
            .anySatisfy(dimension -> assertThat(DeployedTemplate.target(TemplateNodes.map(dimension).get("Value")))
                .isEqualTo(queue)));
    assertThat(template.ofType("AWS::CloudWatch::Alarm")).as("an alarm watches the Publisher's errors")
        .anySatisfy(alarm -> assertThat(template.rawProperties(alarm)).containsEntry("MetricName", "Errors")
            .satisfies(properties -> assertThat(properties.get("Dimensions").toString()).contains("PublisherFunction")));
  }

  @Test
  void thePublishersFilterLetsThroughArticlesAndPicturesAndNotItsOwnWrites() {
    StreamEventSource source = StackTemplate.load(DeployedTemplate.FILE, "gazette-local", Map.of("SiteUrl", "http://x"))
        .function("PublisherFunction").streamSources().get(0);
    List<EventPattern> filters = source.filterPatterns().stream().map(EventPattern::parse).toList();
    for (String pk : List.of("ARTICLE#01jabc", "MEDIA#01jabc", "LIST#site", "INDEX#01jabc", "PAGE#front:site",
        "SLUG#un-titre", "MEDIAUSE#01jabc")) {
      Map<String, Object> record = Map.of("eventName", "MODIFY", "dynamodb",
          Map.of("Keys", Map.of("pk", Map.of("S", pk), "sk", Map.of("S", "X"))));
      assertThat(filters.stream().anyMatch(filter -> filter.matches(record))).as(pk)
          .isEqualTo(pk.startsWith("ARTICLE#") || pk.startsWith("MEDIA#"));
    }
  }

  @Test
  void theTableIsOnDemandRecoverableProtectedAndStreamsOldAndNewImages() {
    Map<String, Object> table = template.properties("ArticlesTable");
    assertThat(table).containsEntry("BillingMode", "PAY_PER_REQUEST").containsEntry("DeletionProtectionEnabled", true);
    assertThat(TemplateNodes.path(table, "PointInTimeRecoverySpecification"))
        .containsEntry("PointInTimeRecoveryEnabled", true);
    assertThat(TemplateNodes.path(table, "StreamSpecification")).containsEntry("StreamViewType", "NEW_AND_OLD_IMAGES");
  }

  @Test
  void theBucketIsPrivateEncryptedVersionedAndForgetsOldVersions() {
    Map<String, Object> bucket = template.properties("SiteBucket");
    assertThat(TemplateNodes.path(bucket, "PublicAccessBlockConfiguration").values()).containsOnly(true).hasSize(4);
    assertThat(TemplateNodes.path(bucket, "VersioningConfiguration")).containsEntry("Status", "Enabled");
    assertThat(TemplateNodes.path(bucket, "BucketEncryption")).isNotEmpty();
    assertThat(TemplateNodes.list(TemplateNodes.path(bucket, "LifecycleConfiguration").get("Rules")))
        .anySatisfy(rule -> assertThat(TemplateNodes.map(rule)).containsKey("NoncurrentVersionExpiration"));
  }
}
