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
 * @param keyValueStore CloudFront KeyValueStore's stand-in; {@code null} where none runs (the
 *     function then gets none of the template's key value store ARNs, so never writes to AWS)
 */
public record LocalEndpoints(URI dynamoDb, URI s3, URI cloudFront, URI keyValueStore, URI sqs) {

  /** DynamoDB (and its streams) and S3 only. */
  public static LocalEndpoints of(URI dynamoDb, URI s3) {
    return new LocalEndpoints(dynamoDb, s3, null, null, null);
  }

  public LocalEndpoints withCloudFront(URI endpoint) {
    return new LocalEndpoints(dynamoDb, s3, endpoint, keyValueStore, sqs);
  }

  public LocalEndpoints withKeyValueStore(URI endpoint) {
    return new LocalEndpoints(dynamoDb, s3, cloudFront, endpoint, sqs);
  }

  public LocalEndpoints withSqs(URI endpoint) {
    return new LocalEndpoints(dynamoDb, s3, cloudFront, keyValueStore, endpoint);
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
    if (keyValueStore != null) {
      variables.put("AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE", keyValueStore.toString());
    }
    if (sqs != null) {
      variables.put("AWS_ENDPOINT_URL_SQS", sqs.toString());
    }
    return variables;
  }
}
