package dev.gazette.local.lambda;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the local cloud's functions reach AWS: the emulators' endpoints, given to each function as
 * the SDK's own {@code AWS_ENDPOINT_URL_<SERVICE>} variables, so that the code is the one Lambda runs.
 *
 * @param cloudFront the CloudFront API stand-in; {@code null} where none runs (the function then
 *     gets no CloudFront endpoint and must not call CloudFront)
 */
public record LocalEndpoints(URI dynamoDb, URI s3, URI cloudFront) {

  /** DynamoDB (and its streams) and S3 only. */
  public static LocalEndpoints of(URI dynamoDb, URI s3) {
    return new LocalEndpoints(dynamoDb, s3, null);
  }

  public LocalEndpoints withCloudFront(URI endpoint) {
    return new LocalEndpoints(dynamoDb, s3, endpoint);
  }

  /** The endpoint variables, as the SDK reads them. */
  public Map<String, String> variables() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDb.toString());
    variables.put("AWS_ENDPOINT_URL_DYNAMODB_STREAMS", dynamoDb.toString());
    variables.put("AWS_ENDPOINT_URL_S3", s3.toString());
    if (cloudFront != null) {
      variables.put("AWS_ENDPOINT_URL_CLOUDFRONT", cloudFront.toString());
    }
    return variables;
  }
}
