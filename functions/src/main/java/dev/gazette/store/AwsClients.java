package dev.gazette.store;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.CloudFrontClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Builds the SDK clients a function needs from its environment. The environment is passed in
 * rather than read from {@code System.getenv}, so the local cloud runs the same handlers with
 * local endpoints ({@code AWS_ENDPOINT_URL}, or per service {@code AWS_ENDPOINT_URL_DYNAMODB},
 * {@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL_CLOUDFRONT} and
 * {@code AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE}).
 */
public final class AwsClients {
  private final Map<String, String> env;
  private SdkHttpClient http;
  private AwsCredentialsProvider credentials;

  public AwsClients(Map<String, String> env) {
    this.env = env;
  }

  public DynamoDbClient dynamoDb() {
    DynamoDbClientBuilder builder = DynamoDbClient.builder()
        .httpClient(http())
        .region(region())
        .credentialsProvider(credentials());
    endpoint("DYNAMODB").ifPresent(builder::endpointOverride);
    return builder.build();
  }

  public S3Client s3() {
    S3ClientBuilder builder = S3Client.builder()
        .httpClient(http())
        .region(region())
        .credentialsProvider(credentials());
    endpoint("S3").ifPresent(endpoint -> builder.endpointOverride(endpoint)
        .forcePathStyle(true)
        // S3Proxy and other local S3s misread aws-chunked uploads with checksum trailers.
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
    return builder.build();
  }

  /** The rebuild's queue (SQS speaks AWS JSON 1.0; {@code AWS_ENDPOINT_URL_SQS} for a local one). */
  public SqsClient sqs() {
    SqsClientBuilder builder = SqsClient.builder()
        .httpClient(http())
        .region(region())
        .credentialsProvider(credentials());
    endpoint("SQS").ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /** CloudFront's API is global: one endpoint, signed for us-east-1 whatever the function's region. */
  public CloudFrontClient cloudFront() {
    CloudFrontClientBuilder builder = CloudFrontClient.builder()
        .httpClient(http())
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(credentials());
    endpoint("CLOUDFRONT").ifPresent(builder::endpointOverride);
    return builder.build();
  }

  /**
   * CloudFront KeyValueStore's data plane for this store (its endpoint from the ARN, or
   * {@code AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE}).
   */
  public KeyValueStoreClient keyValueStore(String storeArn) {
    return new KeyValueStoreClient(http(), endpoint("CLOUDFRONT_KEYVALUESTORE"), storeArn, credentials(),
        java.time.Clock.systemUTC());
  }

  /** Signs requests that others send: the uploads editors' browsers PUT straight into S3. */
  public S3Presigner s3Presigner() {
    S3Presigner.Builder builder = S3Presigner.builder()
        .region(region())
        .credentialsProvider(credentials());
    endpoint("S3").ifPresent(endpoint -> builder.endpointOverride(endpoint)
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
    return builder.build();
  }

  /** The value of a variable the function cannot run without. */
  public String required(String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("environment variable " + name + " is not set");
    }
    return value;
  }

  private Region region() {
    return Region.of(Optional.ofNullable(env.get("AWS_REGION")).orElse("us-east-1"));
  }

  /** Chosen once from the environment, shared by every client (see {@link LambdaCredentials}). */
  private synchronized AwsCredentialsProvider credentials() {
    if (credentials == null) {
      credentials = LambdaCredentials.from(env);
    }
    return credentials;
  }

  /** One HTTP client for every SDK client of the function: one TLS context to set up at init. */
  private synchronized SdkHttpClient http() {
    if (http == null) {
      http = UrlConnectionHttpClient.create();
    }
    return http;
  }

  private Optional<URI> endpoint(String service) {
    return Optional.ofNullable(env.get("AWS_ENDPOINT_URL_" + service))
        .or(() -> Optional.ofNullable(env.get("AWS_ENDPOINT_URL")))
        .filter(value -> !value.isBlank())
        .map(URI::create);
  }
}
