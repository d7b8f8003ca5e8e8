package dev.gazette.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the template reader resolves what a template declares, on small templates of its own. */
class TemplateReaderTest {

  @Test
  void shortTagsSubGetAttIfAndSelectResolveForTheLocalStack(@TempDir Path dir) throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Parameters:
              Stage: {Type: String, Default: dev}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Y::handleRequest
                  Environment:
                    Variables:
                      WHERE: !Sub "${AWS::StackName}/${AWS::Region}/${Stage}"
                      ARN: !GetAtt Table.Arn
                      MODE: !If [IsProd, strict, relaxed]
                      FIRST: !Select [0, !Split [",", "a,b"]]
                      GONE: !Ref AWS::NoValue
            """);
    Map<String, String> environment = StackTemplate.load(template, "s", Map.of())
        .function("Fn").environment();
    assertThat(environment).containsOnly(
        Map.entry("WHERE", "s/us-east-1/dev"),
        Map.entry("ARN", "arn:aws:dynamodb:us-east-1:000000000000:table/s-Table"),
        Map.entry("MODE", "relaxed"),
        Map.entry("FIRST", "a"));
  }

  @Test
  void aStreamOfAResourceThatIsNotATableIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path template = withStream(dir, "!GetAtt Uploads.StreamArn");
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Publisher event Changes reads the stream of Uploads")
        .hasMessageContaining("not an AWS::DynamoDB::Table").hasMessageContaining("[Articles]");
  }

  @Test
  void aStreamOfAnUndeclaredTableIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path template = withStream(dir, "{\"Fn::GetAtt\": \"Artcles.StreamArn\"}");
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .hasMessageContaining("reads the stream of Artcles").hasMessageContaining("[Articles]");
  }

  @Test
  void aStreamGivenAsAnArnIsRefusedRatherThanPollingTheOnlyTable(@TempDir Path dir) throws IOException {
    Path template = withStream(dir, "arn:aws:dynamodb:us-east-1:000000000000:table/Other/stream/x");
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .hasMessageContaining("table/Other/stream/x").hasMessageContaining("!GetAtt <Table>.StreamArn");
  }

  @Test
  void aTableIsFoundByItsLogicalIdAndAnUnknownIdIsAnError(@TempDir Path dir) throws IOException {
    StackTemplate stack = StackTemplate.load(withStream(dir, "!GetAtt [Articles, StreamArn]"), "s", Map.of());
    assertThat(stack.function("Publisher").streamSources()).singleElement()
        .satisfies(source -> assertThat(stack.table(source.tableLogicalId()).tableName()).isEqualTo("s-Articles"));
    assertThatThrownBy(() -> stack.table("Uploads")).hasMessageContaining("No AWS::DynamoDB::Table Uploads");
  }

  @Test
  void anS3EventIsReadWithItsBucketTypesAndKeyFilterAndTheFunctionsInvokeConfig(@TempDir Path dir) throws IOException {
    StackTemplate stack = StackTemplate.load(withS3Event(dir, """
            Bucket: !Ref Uploads
            Events: [s3:ObjectCreated:Put, s3:ObjectCreated:Copy]
            Filter: {S3Key: {Rules: [{Name: prefix, Value: uploads/}, {Name: Suffix, Value: .jpg}]}}
        """), "s", Map.of());
    FunctionDefinition media = stack.function("Media");

    assertThat(media.s3Sources()).singleElement().satisfies(source -> {
      assertThat(source.name()).isEqualTo("Uploaded");
      assertThat(source.bucketLogicalId()).isEqualTo("Uploads");
      assertThat(source.bucketName()).isEqualTo("s-uploads");
      assertThat(source.events()).containsExactly("s3:ObjectCreated:Put", "s3:ObjectCreated:Copy");
      assertThat(source.prefix()).isEqualTo("uploads/");
      assertThat(source.suffix()).isEqualTo(".jpg");
      assertThat(source.wants("ObjectCreated:Copy")).isTrue();
      assertThat(source.wants("ObjectCreated:CompleteMultipartUpload")).isFalse();
    });
    assertThat(media.asyncInvocation()).isEqualTo(new FunctionDefinition.AsyncInvocation(1, Duration.ofMinutes(5),
        "arn:aws:sqs:us-east-1:000000000000:s-Failures"));
    assertThat(stack.function("Other").asyncInvocation()).isEqualTo(FunctionDefinition.AsyncInvocation.DEFAULTS);
  }

  @Test
  void anS3EventOfABucketTheTemplateDoesNotDeclareIsRefused(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> StackTemplate.load(withS3Event(dir, """
            Bucket: my-uploads
            Events: s3:ObjectCreated:*
        """), "s", Map.of()))
        .hasMessageContaining("Media event Uploaded watches the bucket my-uploads").hasMessageContaining("[Uploads]");
  }

  @Test
  void anS3EventTheLocalCloudNeverDeliversIsRefusedRatherThanSilentlyDropped(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> StackTemplate.load(withS3Event(dir, """
            Bucket: !Ref Uploads
            Events: [s3:ObjectCreated:*, s3:ObjectRemoved:*]
        """), "s", Map.of()))
        .hasMessageContaining("asks for [s3:ObjectCreated:*, s3:ObjectRemoved:*]")
        .hasMessageContaining("delivers only");
  }

  @Test
  void aKeyFilterOfTwoPrefixesOrAnotherRuleIsRefused(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> StackTemplate.load(withS3Event(dir.resolve("a"), """
            Bucket: !Ref Uploads
            Events: s3:ObjectCreated:*
            Filter: {S3Key: {Rules: [{Name: prefix, Value: a/}, {Name: prefix, Value: b/}]}}
        """), "s", Map.of())).hasMessageContaining("at most one prefix and one suffix");
    assertThatThrownBy(() -> StackTemplate.load(withS3Event(dir.resolve("b"), """
            Bucket: !Ref Uploads
            Events: s3:ObjectCreated:*
            Filter: {S3Key: {Rules: [{Name: contains, Value: a}]}}
        """), "s", Map.of())).hasMessageContaining("contains");
  }

  @Test
  void anEventTypeTheLocalCloudDoesNotRunIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Resources:
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Y::handleRequest
                  Events:
                    Jobs: {Type: Kinesis, Properties: {Stream: arn:aws:kinesis:us-east-1:000000000000:stream/jobs}}
            """);
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .hasMessageContaining("Worker event Jobs is of type Kinesis");
  }

  @Test
  void aQueueEventIsReadWithItsConcurrencyAndTheQueueWithItsRedrivePolicy(@TempDir Path dir) throws IOException {
    String queues = """
              Jobs:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 60
                  RedrivePolicy: {deadLetterTargetArn: !GetAtt Failed.Arn, maxReceiveCount: 3}
              Failed:
                Type: AWS::SQS::Queue
            """;
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Resources:
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Y::handleRequest
                  Events:
                    Jobs:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt Jobs.Arn
                        BatchSize: 1
                        FunctionResponseTypes: [ReportBatchItemFailures]
                        ScalingConfig: {MaximumConcurrency: 4}
            """ + queues);
    StackTemplate stack = StackTemplate.load(template, "s", Map.of());
    assertThat(stack.function("Worker").queueSources()).containsExactly(
        new FunctionDefinition.QueueEventSource("Jobs", 1, 4, true));
    assertThat(stack.queues()).containsExactlyInAnyOrder(
        new StackTemplate.Queue("Jobs", "s-Jobs", Duration.ofSeconds(60), "Failed", 3),
        new StackTemplate.Queue("Failed", "s-Failed", Duration.ofSeconds(30), null, 0));

    Files.writeString(template, """
            Resources:
              Worker:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Y::handleRequest
                  Events:
                    Elsewhere: {Type: SQS, Properties: {Queue: arn:aws:sqs:us-east-1:000000000000:other}}
            """ + queues);
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .hasMessageContaining("Worker event Elsewhere reads the queue");
  }


  @Test
  void anAsyncInvokeConfigBeyondLambdasLimitsOrWithAnOnSuccessDestinationIsRefused(@TempDir Path dir)
      throws IOException {
    assertThatThrownBy(() -> StackTemplate.load(withS3Event(dir.resolve("a"), "Bucket: !Ref Uploads\nEvents: s3:ObjectCreated:*",
        "EventInvokeConfig: {MaximumRetryAttempts: 5}"), "s", Map.of()))
        .hasMessageContaining("0 to 2 retries");
    assertThatThrownBy(() -> StackTemplate.load(withS3Event(dir.resolve("b"), "Bucket: !Ref Uploads\nEvents: s3:ObjectCreated:*",
        "EventInvokeConfig: {DestinationConfig: {OnSuccess: {Type: SQS, Destination: !GetAtt Failures.Arn}}}"),
        "s", Map.of()))
        .hasMessageContaining("OnSuccess");
  }

  @Test
  void aBucketSettingTheLocalCloudWouldHaveToIgnoreIsRefused(@TempDir Path dir) throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Resources:
              Uploads:
                Type: AWS::S3::Bucket
                Properties:
                  BucketEncryption: {ServerSideEncryptionConfiguration: []}
                  NotificationConfiguration: {LambdaConfigurations: []}
            """);
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .hasMessageContaining("Bucket Uploads sets NotificationConfiguration")
        .hasMessageContaining("Events: {Type: S3}");
  }

  @Test
  void aBucketsCorsRulesAreReadWithTheirOriginsResolvedForTheLocalS3ToApply(@TempDir Path dir) throws IOException {
    Path template = Files.writeString(dir.resolve("template.yaml"), """
            Parameters:
              SiteUrl: {Type: String, Default: ""}
            Resources:
              Uploads:
                Type: AWS::S3::Bucket
                Properties:
                  CorsConfiguration:
                    CorsRules:
                      - AllowedOrigins: [!Ref SiteUrl]
                        AllowedMethods: [PUT]
                        AllowedHeaders: [Content-Type]
                        MaxAge: 600
            """);
    assertThat(StackTemplate.load(template, "s", Map.of("SiteUrl", "http://localhost:8080")).bucketCors())
        .containsExactly(Map.entry("Uploads", List.of(Map.of("AllowedOrigins", List.of("http://localhost:8080"),
            "AllowedMethods", List.of("PUT"), "AllowedHeaders", List.of("Content-Type"), "MaxAge", 600))));
  }

  @Test
  void theCdnServesTheDistributionsOriginOrTheOnlyBucketAndNeverGuesses(@TempDir Path dir) throws IOException {
    String buckets = """
            Resources:
              Site: {Type: AWS::S3::Bucket}
              Uploads: {Type: AWS::S3::Bucket}
            """;
    Path twoBuckets = Files.writeString(dir.resolve("two.yaml"), buckets);
    assertThatThrownBy(() -> StackTemplate.load(twoBuckets, "s", Map.of()).cdnBucket())
        .hasMessageContaining("[Site, Uploads]").hasMessageContaining("which one to serve");

    Path withCdn = Files.writeString(dir.resolve("cdn.yaml"), buckets + distribution("!GetAtt Site.RegionalDomainName"));
    assertThat(StackTemplate.load(withCdn, "s", Map.of()).cdnBucket()).isEqualTo("Site");

    Path elsewhere = Files.writeString(dir.resolve("elsewhere.yaml"), buckets + distribution("origin.example.org"));
    assertThatThrownBy(() -> StackTemplate.load(elsewhere, "s", Map.of()))
        .hasMessageContaining("one origin, a bucket of the template");

    Path oneBucket = Files.writeString(dir.resolve("one.yaml"), "Resources:\n  Site: {Type: AWS::S3::Bucket}\n");
    assertThat(StackTemplate.load(oneBucket, "s", Map.of()).cdnBucket()).isEqualTo("Site");
  }

  private static String distribution(String domainName) {
    return """
              Cdn:
                Type: AWS::CloudFront::Distribution
                Properties:
                  DistributionConfig:
                    Origins:
                      - {Id: site, DomainName: %s}
            """.formatted(domainName);
  }

  private static Path withS3Event(Path dir, String eventProperties) throws IOException {
    return withS3Event(dir, eventProperties, """
        EventInvokeConfig:
          MaximumRetryAttempts: 1
          MaximumEventAgeInSeconds: 300
          DestinationConfig: {OnFailure: {Type: SQS, Destination: !GetAtt Failures.Arn}}""");
  }

  private static Path withS3Event(Path dir, String eventProperties, String invokeConfig) throws IOException {
    Files.createDirectories(dir);
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Resources:
              Uploads:
                Type: AWS::S3::Bucket
              Failures:
                Type: AWS::SQS::Queue
              Other:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Other::handleRequest
              Media:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Media::handleRequest
            %s
                  Events:
                    Uploaded:
                      Type: S3
                      Properties:
            %s
            """.formatted(indent(invokeConfig, 6), indent(eventProperties, 12)));
    return template;
  }

  private static String indent(String text, int spaces) {
    return text.stripTrailing().stripIndent().lines().map(line -> " ".repeat(spaces) + line)
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static Path withStream(Path dir, String stream) throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Resources:
              Articles:
                Type: AWS::DynamoDB::Table
                Properties:
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
              Uploads:
                Type: AWS::S3::Bucket
              Publisher:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Y::handleRequest
                  Events:
                    Changes:
                      Type: DynamoDB
                      Properties:
                        Stream: %s
                        StartingPosition: TRIM_HORIZON
            """.formatted(stream));
    return template;
  }
}
