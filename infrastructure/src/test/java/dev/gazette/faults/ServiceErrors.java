package dev.gazette.faults;

import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The errors DynamoDB and S3 answer when they are busy or broken, as their wire protocols spell them. */
final class ServiceErrors {
  private static final String DYNAMODB = "DynamoDB";
  private static final String S3 = "S3";

  private ServiceErrors() {
  }

  /** What the SDK makes of a throttled answer: a service exception its retry policy calls throttling. */
  static AwsServiceException throttled(String service) {
    String message = "Injected fault: throttled, nothing applied";
    if (DYNAMODB.equalsIgnoreCase(service)) {
      return ProvisionedThroughputExceededException.builder().message(message).statusCode(400)
          .awsErrorDetails(details(service, "ProvisionedThroughputExceededException", message, 400)).build();
    }
    if (S3.equalsIgnoreCase(service)) {
      return S3Exception.builder().message(message).statusCode(503)
          .awsErrorDetails(details(service, "SlowDown", message, 503)).build();
    }
    return AwsServiceException.builder().message(message).statusCode(400)
        .awsErrorDetails(details(service, "ThrottlingException", message, 400)).build();
  }

  /** The service's real answer turned into a 500, keeping its request id. */
  static SdkHttpResponse internalErrorResponse(SdkHttpResponse real, String service) {
    SdkHttpResponse.Builder answer = real.toBuilder().statusCode(500).statusText("Internal Server Error")
        // The body is replaced: its length and DynamoDB's checksum of it no longer hold.
        .removeHeader("Content-Length").removeHeader("x-amz-crc32").removeHeader("Content-Encoding")
        .putHeader("Content-Length", String.valueOf(internalErrorBody(service).length));
    if (S3.equalsIgnoreCase(service)) {
      return answer.putHeader("Content-Type", "application/xml").build();
    }
    return answer.putHeader("Content-Type", "application/x-amz-json-1.0")
        .putHeader("x-amzn-ErrorType", "InternalServerError").build();
  }

  static byte[] internalErrorBody(String service) {
    String body = S3.equalsIgnoreCase(service)
        ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>InternalError</Code>"
            + "<Message>Injected fault: applied, then answered 500</Message></Error>"
        : "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\","
            + "\"message\":\"Injected fault: applied, then answered 500\"}";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static AwsErrorDetails details(String service, String code, String message, int status) {
    return AwsErrorDetails.builder().serviceName(service).errorCode(code).errorMessage(message)
        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status).build()).build();
  }
}
