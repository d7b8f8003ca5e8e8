package dev.gazette.local.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The local cloud's fixed region and credentials, and SDK clients configured for its emulators
 * (the S3 settings S3Proxy needs: no aws-chunked uploads, checksums only when required, path style).
 */
public final class LocalAws {

  public static final Region REGION = Region.US_EAST_1;
  /** The account every local ARN names (the one LocalStack and the SAM CLI use too). */
  public static final String ACCOUNT_ID = "000000000000";
  public static final String ACCESS_KEY_ID = "gazette-local";
  public static final String SECRET_ACCESS_KEY = "gazette-local-secret";

  private LocalAws() {
  }

  public static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
  }

  /** @param interceptors e.g. a request counter; none for plain use */
  public static S3Client s3Client(URI endpoint, ExecutionInterceptor... interceptors) {
    return S3Client.builder()
        .overrideConfiguration(with(interceptors))
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials())
        .httpClientBuilder(ApacheHttpClient.builder())
        .forcePathStyle(true)
        // S3Proxy understands neither aws-chunked bodies nor their signed checksum trailer.
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .build();
  }

  /** A client of the SQS stand-in ({@code dev.gazette.local.sqs.SqsStandIn}). */
  public static software.amazon.awssdk.services.sqs.SqsClient sqsClient(URI endpoint) {
    return software.amazon.awssdk.services.sqs.SqsClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials())
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }

  /** @param interceptors e.g. a request counter; none for plain use */
  public static DynamoDbClient dynamoDbClient(URI endpoint, ExecutionInterceptor... interceptors) {
    return DynamoDbClient.builder()
        .overrideConfiguration(with(interceptors))
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials())
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }

  public static DynamoDbStreamsClient streamsClient(URI endpoint) {
    return DynamoDbStreamsClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials())
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }

  private static ClientOverrideConfiguration with(ExecutionInterceptor... interceptors) {
    ClientOverrideConfiguration.Builder configuration = ClientOverrideConfiguration.builder();
    for (ExecutionInterceptor interceptor : interceptors) {
      configuration.addExecutionInterceptor(interceptor);
    }
    return configuration.build();
  }
}
