package dev.gazette.bench.latency;

import java.time.Duration;
import java.util.Set;

/**
 * How long each request takes on the wire in AWS, inside one region: one figure for DynamoDB,
 * one for S3 writes (PUT, COPY, DELETE), one for every other S3 request (GET, HEAD, LIST).
 * Services not named here (a CloudFront client, say) get no delay.
 */
public record RequestDelays(Duration dynamoDb, Duration s3Write, Duration s3Read) {
  /** Typical in-region round trips from a Lambda function. */
  public static final RequestDelays IN_REGION =
      new RequestDelays(Duration.ofMillis(6), Duration.ofMillis(25), Duration.ofMillis(15));

  private static final Set<String> S3_WRITES =
      Set.of("PutObject", "CopyObject", "DeleteObject", "DeleteObjects");

  /**
   * The delay of one request.
   *
   * @param service the SDK's service name ("DynamoDb", "S3")
   * @param operation the SDK's operation name ("PutObject")
   */
  public Duration of(String service, String operation) {
    return switch (service) {
      case "DynamoDb" -> dynamoDb;
      case "S3" -> S3_WRITES.contains(operation) ? s3Write : s3Read;
      default -> Duration.ZERO;
    };
  }
}
