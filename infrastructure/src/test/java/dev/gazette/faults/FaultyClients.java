package dev.gazette.faults;

import dev.gazette.local.aws.LocalAws;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * SDK clients for dynoxide and S3Proxy with a {@link FaultInjector} in them, configured as
 * {@link LocalAws} configures the local cloud's. They retry like the SDK's standard strategy but
 * up to ten attempts with short pauses and no retry quota: at the rates tests inject, a call
 * that exhausted three attempts would fail a test about what retries do for a reason it is not about.
 */
public final class FaultyClients {
  private static final int ATTEMPTS = 10;

  private FaultyClients() {
  }

  public static DynamoDbClient dynamoDb(URI endpoint, FaultInjector faults) {
    return DynamoDbClient.builder()
        .overrideConfiguration(configuration(faults))
        .endpointOverride(endpoint)
        .region(LocalAws.REGION)
        .credentialsProvider(LocalAws.credentials())
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }

  public static S3Client s3(URI endpoint, FaultInjector faults) {
    return S3Client.builder()
        .overrideConfiguration(configuration(faults))
        .endpointOverride(endpoint)
        .region(LocalAws.REGION)
        .credentialsProvider(LocalAws.credentials())
        .httpClientBuilder(ApacheHttpClient.builder())
        .forcePathStyle(true)
        // S3Proxy understands neither aws-chunked bodies nor their signed checksum trailer.
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .build();
  }

  private static ClientOverrideConfiguration configuration(FaultInjector faults) {
    return ClientOverrideConfiguration.builder().addExecutionInterceptor(faults).retryStrategy(retries()).build();
  }

  private static RetryStrategy retries() {
    BackoffStrategy shortPauses = BackoffStrategy.exponentialDelay(Duration.ofMillis(5), Duration.ofMillis(100));
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .maxAttempts(ATTEMPTS)
        .backoffStrategy(shortPauses)
        .throttlingBackoffStrategy(shortPauses)
        .circuitBreakerEnabled(false)
        .build();
  }
}
