package dev.gazette.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.local.aws.LocalAws;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

class SimulatedLatencyTest {
  // Nothing listens there: each request fails once it has been sent, after its delay.
  private static final URI NOWHERE = URI.create("http://127.0.0.1:1");
  private final List<Duration> slept = new ArrayList<>();
  private final SimulatedLatency latency = new SimulatedLatency(
      new RequestDelays(Duration.ofMillis(6), Duration.ofMillis(25), Duration.ofMillis(15)), slept::add);

  private DynamoDbClient dynamo() {
    return DynamoDbClient.builder().endpointOverride(NOWHERE).region(LocalAws.REGION)
        .credentialsProvider(LocalAws.credentials())
        .overrideConfiguration(c -> c.addExecutionInterceptor(latency).retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private S3Client s3() {
    return S3Client.builder().endpointOverride(NOWHERE).region(LocalAws.REGION).forcePathStyle(true)
        .credentialsProvider(LocalAws.credentials())
        .overrideConfiguration(c -> c.addExecutionInterceptor(latency).retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  @Test
  void eachRequestWaitsTheDelayOfItsServiceAndOperationBeforeItIsSent() {
    try (DynamoDbClient dynamo = dynamo(); S3Client s3 = s3()) {
      assertThatThrownBy(() -> dynamo.getItem(r -> r.tableName("t").key(java.util.Map.of())))
          .isInstanceOf(SdkClientException.class);
      assertThatThrownBy(() -> dynamo.transactWriteItems(r -> r.transactItems(List.of())))
          .isInstanceOf(SdkClientException.class);
      assertThatThrownBy(() -> s3.putObject(r -> r.bucket("b").key("index.html"), RequestBody.fromString("x")))
          .isInstanceOf(SdkClientException.class);
      assertThatThrownBy(() -> s3.deleteObject(r -> r.bucket("b").key("index.html")))
          .isInstanceOf(SdkClientException.class);
      assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("b").key("index.html")))
          .isInstanceOf(SdkClientException.class);
      assertThatThrownBy(() -> s3.headObject(r -> r.bucket("b").key("index.html")))
          .isInstanceOf(SdkClientException.class);
    }

    assertThat(slept).containsExactly(Duration.ofMillis(6), Duration.ofMillis(6),
        Duration.ofMillis(25), Duration.ofMillis(25), Duration.ofMillis(15), Duration.ofMillis(15));
    assertThat(latency.waited()).isEqualTo(Duration.ofMillis(92));
    assertThat(latency.requests("DynamoDb")).isEqualTo(2);
    assertThat(latency.requests("S3")).isEqualTo(4);
  }

  @Test
  void aServiceWithoutAFigureIsNotDelayed() {
    assertThat(RequestDelays.IN_REGION.of("CloudFront", "CreateInvalidation")).isZero();
  }

  @Test
  void theCommandLineChangesEachDelayAndKeepsTheInRegionFiguresOtherwise() {
    assertThat(LatencyOptions.parse().delays()).isEqualTo(RequestDelays.IN_REGION);
    assertThat(RequestDelays.IN_REGION).isEqualTo(new RequestDelays(Duration.ofMillis(6),
        Duration.ofMillis(25), Duration.ofMillis(15)));
    assertThat(LatencyOptions.parse("--s3-put-ms", "40", "--dynamo-ms", "9").delays())
        .isEqualTo(new RequestDelays(Duration.ofMillis(9), Duration.ofMillis(40), Duration.ofMillis(15)));
    assertThat(LatencyOptions.parse("--s3-get-ms", "0").delays().s3Read()).isZero();
    assertThatThrownBy(() -> LatencyOptions.parse("--dynamo-ms", "-1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--dynamo-ms");
  }
}
