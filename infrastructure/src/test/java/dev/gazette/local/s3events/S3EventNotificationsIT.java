package dev.gazette.local.s3events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.fixtures.FailingS3Handler;
import dev.gazette.local.fixtures.RecordingS3Handler;
import dev.gazette.local.lambda.LocalEndpoints;
import dev.gazette.local.template.StackTemplate;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 event stand-in against S3Proxy, with small fixture functions: what is stored under a
 * function's bucket, types and filter reaches it once, as S3's event JSON turned into an S3Event by
 * Lambda's own serializer; a failing function is retried as its EventInvokeConfig says, then the
 * event is written for its on-failure destination; queued events survive a restart.
 */
class S3EventNotificationsIT {

  private static final String TEMPLATE = """
          Resources:
            Uploads: {Type: AWS::S3::Bucket}
            Site: {Type: AWS::S3::Bucket}
            Failures: {Type: AWS::SQS::Queue}
            Recorder:
              Type: AWS::Serverless::Function
              Properties:
                Handler: dev.gazette.local.fixtures.RecordingS3Handler::handleRequest
                Events:
                  Uploaded:
                    Type: S3
                    Properties:
                      Bucket: !Ref Uploads
                      Events: s3:ObjectCreated:*
                      Filter: {S3Key: {Rules: [{Name: prefix, Value: uploads/}]}}
            Failing:
              Type: AWS::Serverless::Function
              Properties:
                Handler: dev.gazette.local.fixtures.FailingS3Handler::handleRequest
                EventInvokeConfig:
                  MaximumRetryAttempts: 2
                  DestinationConfig: {OnFailure: {Type: SQS, Destination: !GetAtt Failures.Arn}}
                Events:
                  Broken:
                    Type: S3
                    Properties:
                      Bucket: !Ref Uploads
                      Events: s3:ObjectCreated:Put
                      Filter: {S3Key: {Rules: [{Name: prefix, Value: broken/}, {Name: suffix, Value: .jpg}]}}
          """;
  private static final URI NO_DYNAMODB = URI.create("http://127.0.0.1:9");
  private static final byte[] BYTES = "une image, pour ainsi dire".getBytes();

  @TempDir
  Path dir;
  private StackTemplate stack;
  private S3Server s3;
  private S3Client client;
  private S3EventNotifications notifications;

  @BeforeEach
  void start() throws IOException {
    RecordingS3Handler.RECEIVED.clear();
    FailingS3Handler.ATTEMPTS.clear();
    stack = StackTemplate.load(Files.writeString(dir.resolve("template.yaml"), TEMPLATE), "t", Map.of());
    s3 = S3Server.onDisk(dir.resolve("s3"), 0).start();
    client = s3.client();
    stack.buckets().values().forEach(bucket -> client.createBucket(b -> b.bucket(bucket)));
    notifications = started(Duration.ofMillis(200));
  }

  @AfterEach
  void stop() throws InterruptedException {
    notifications.close();
    client.close();
    s3.close();
  }

  @Test
  void eachObjectCreatedUnderThePrefixReachesTheFunctionOnceAsS3DescribesIt() throws Exception {
    String key = "uploads/une photo é.jpg";
    String eTag = client.putObject(p -> p.bucket("t-uploads").key(key).contentType("image/jpeg"),
        RequestBody.fromBytes(BYTES)).eTag();
    client.copyObject(c -> c.sourceBucket("t-uploads").sourceKey(key).destinationBucket("t-uploads")
        .destinationKey(key).metadataDirective("REPLACE").contentType("image/jpeg"));
    String completed = multipart("uploads/grande");
    client.putObject(p -> p.bucket("t-uploads").key("elsewhere/x.jpg"), RequestBody.fromBytes(BYTES));
    client.putObject(p -> p.bucket("t-site").key("uploads/x.jpg"), RequestBody.fromBytes(BYTES));
    try {
      client.putObject(p -> p.bucket("t-uploads").key(key).ifNoneMatch("*"), RequestBody.fromBytes(BYTES));
    } catch (S3Exception exists) {
      assertThat(exists.statusCode()).isEqualTo(412);
    }
    notifications.awaitIdle(Duration.ofSeconds(10));

    List<S3EventNotificationRecord> records = RecordingS3Handler.RECEIVED.stream()
        .flatMap(received -> received.event().getRecords().stream()).toList();
    assertThat(records).extracting(S3EventNotificationRecord::getEventName)
        .containsExactly("ObjectCreated:Put", "ObjectCreated:Copy", "ObjectCreated:CompleteMultipartUpload");
    S3EventNotificationRecord put = records.get(0);
    assertThat(put.getEventSource()).isEqualTo("aws:s3");
    assertThat(put.getAwsRegion()).isEqualTo("us-east-1");
    assertThat(put.getEventTime()).as("a Joda time, parsed by Lambda's serializer").isNotNull();
    assertThat(put.getS3().getConfigurationId()).isEqualTo("Recorder-Uploaded");
    assertThat(put.getS3().getBucket().getName()).isEqualTo("t-uploads");
    assertThat(put.getS3().getBucket().getArn()).isEqualTo("arn:aws:s3:::t-uploads");
    assertThat(put.getS3().getObject().getKey()).isEqualTo("uploads/une+photo+%C3%A9.jpg");
    assertThat(put.getS3().getObject().getUrlDecodedKey()).isEqualTo(key);
    assertThat(put.getS3().getObject().getSizeAsLong()).isEqualTo(BYTES.length);
    assertThat(put.getS3().getObject().geteTag()).isEqualTo(eTag.replace("\"", ""));
    assertThat(records.get(2).getS3().getObject().geteTag()).isEqualTo(completed.replace("\"", ""));
    assertThat(records).extracting(record -> record.getS3().getObject().getSequencer())
        .allSatisfy(sequencer -> assertThat(sequencer).matches("[0-9A-F]{18}"))
        .isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aFunctionThatKeepsFailingIsInvokedThreeTimesThenItsEventIsWrittenForTheFailureQueue() throws Exception {
    client.putObject(p -> p.bucket("t-uploads").key("broken/a.png"), RequestBody.fromBytes(BYTES));
    client.putObject(p -> p.bucket("t-uploads").key("broken/a.jpg"), RequestBody.fromBytes(BYTES));
    notifications.awaitIdle(Duration.ofSeconds(10));

    assertThat(FailingS3Handler.ATTEMPTS).as("the first attempt and two retries, under one request id")
        .hasSize(3).containsOnly(FailingS3Handler.ATTEMPTS.get(0));
    List<String> lines = Files.readAllLines(notifications.failedEventsFile());
    assertThat(lines).hasSize(1);
    JsonNode failure = new ObjectMapper().readTree(lines.get(0));
    assertThat(failure.at("/requestContext/condition").asText()).isEqualTo("RetriesExhausted");
    assertThat(failure.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
    assertThat(failure.at("/requestContext/requestId").asText()).isEqualTo(FailingS3Handler.ATTEMPTS.get(0));
    assertThat(failure.at("/requestContext/functionArn").asText())
        .isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:Failing:$LATEST");
    assertThat(failure.at("/requestPayload/Records/0/s3/object/key").asText()).isEqualTo("broken/a.jpg");
    assertThat(failure.at("/responsePayload/errorMessage").asText()).contains("cannot read broken/a.jpg");
    assertThat(failure.at("/destination").asText()).isEqualTo("arn:aws:sqs:us-east-1:000000000000:t-Failures");
    assertThat(RecordingS3Handler.RECEIVED).as("no other function asked for broken/").isEmpty();
  }

  @Test
  void anEventStillQueuedWhenTheCloudStopsIsDeliveredAfterTheRestart() throws Exception {
    notifications.close();
    notifications = started(Duration.ofMinutes(10));
    client.putObject(p -> p.bucket("t-uploads").key("broken/b.jpg"), RequestBody.fromBytes(BYTES));
    awaitAttempts(1);
    notifications.close();

    notifications = started(Duration.ofMinutes(10));

    awaitAttempts(2);
    assertThat(FailingS3Handler.ATTEMPTS).as("the same event, under its request id").containsOnly(
        FailingS3Handler.ATTEMPTS.get(0));
  }

  @Test
  void aReplayedEventReachesTheFunctionAgainExactlyAsBefore() throws Exception {
    client.putObject(p -> p.bucket("t-uploads").key("uploads/c.jpg"), RequestBody.fromBytes(BYTES));
    notifications.awaitIdle(Duration.ofSeconds(10));

    assertThat(notifications.replay("t-uploads", "uploads/c.jpg")).isEqualTo(1);
    assertThat(notifications.replay("t-uploads", "uploads/never.jpg")).isZero();
    notifications.awaitIdle(Duration.ofSeconds(10));

    assertThat(RecordingS3Handler.RECEIVED).hasSize(2);
    assertThat(RecordingS3Handler.RECEIVED).extracting(received -> received.event().getRecords().get(0))
        .extracting(S3EventNotificationRecord::getEventTime, record -> record.getS3().getObject().getKey(),
            record -> record.getS3().getObject().geteTag(), record -> record.getS3().getObject().getSequencer())
        .as("the same event twice").doesNotContainNull().containsOnly(
            org.assertj.core.groups.Tuple.tuple(
                RecordingS3Handler.RECEIVED.get(0).event().getRecords().get(0).getEventTime(), "uploads/c.jpg",
                RecordingS3Handler.RECEIVED.get(0).event().getRecords().get(0).getS3().getObject().geteTag(),
                RecordingS3Handler.RECEIVED.get(0).event().getRecords().get(0).getS3().getObject().getSequencer()));
    assertThat(RecordingS3Handler.RECEIVED.get(1).requestId()).isNotEqualTo(RecordingS3Handler.RECEIVED.get(0).requestId());
  }

  private S3EventNotifications started(Duration firstRetryDelay) {
    S3EventNotifications started = new S3EventNotifications(stack.functions(), LocalEndpoints.of(NO_DYNAMODB, s3.endpoint()), dir,
        Clock.systemUTC(), firstRetryDelay).start();
    s3.onObjectCreated(started::accept);
    return started;
  }

  private String multipart(String key) {
    String upload = client.createMultipartUpload(c -> c.bucket("t-uploads").key(key)).uploadId();
    String part = client.uploadPart(u -> u.bucket("t-uploads").key(key).uploadId(upload).partNumber(1),
        RequestBody.fromBytes(BYTES)).eTag();
    return client.completeMultipartUpload(c -> c.bucket("t-uploads").key(key).uploadId(upload)
        .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(part).build()))).eTag();
  }

  private static void awaitAttempts(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (FailingS3Handler.ATTEMPTS.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(FailingS3Handler.ATTEMPTS).hasSize(count);
  }
}
