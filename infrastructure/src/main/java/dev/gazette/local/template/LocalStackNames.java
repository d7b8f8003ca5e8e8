package dev.gazette.local.template;

import dev.gazette.local.aws.LocalAws;
import java.util.Locale;
import java.util.Map;

/**
 * The names resources of a template get in the local stack: the name the template gives, else
 * {@code <stack>-<LogicalId>} (lower case for buckets), and the ARNs and attributes derived from them.
 */
final class LocalStackNames {

  private final String stackName;
  private final Map<String, Map<String, Object>> resources;

  LocalStackNames(String stackName, Map<String, Map<String, Object>> resources) {
    this.stackName = stackName;
    this.resources = resources;
  }

  String stackName() {
    return stackName;
  }

  String physicalId(String logicalId) {
    Map<String, Object> resource = resources.get(logicalId);
    if (resource == null) {
      throw new IllegalArgumentException("Ref to " + logicalId + ": neither a parameter nor a resource");
    }
    Map<?, ?> properties = resource.get("Properties") instanceof Map<?, ?> map ? map : Map.of();
    String type = String.valueOf(resource.get("Type"));
    String explicitName = switch (type) {
      case "AWS::DynamoDB::Table" -> (String) stringOrNull(properties.get("TableName"));
      case "AWS::S3::Bucket" -> (String) stringOrNull(properties.get("BucketName"));
      case "AWS::Serverless::Function", "AWS::Lambda::Function" ->
          (String) stringOrNull(properties.get("FunctionName"));
      default -> null;
    };
    if (explicitName != null) {
      return explicitName;
    }
    if (type.equals("AWS::CloudFront::Distribution")) {
      return distributionId(logicalId);
    }
    String generated = stackName + "-" + logicalId;
    return type.equals("AWS::S3::Bucket") ? generated.toLowerCase(Locale.ROOT) : generated;
  }

  String attribute(String logicalId, String attribute) {
    String name = physicalId(logicalId);
    String type = String.valueOf(resources.get(logicalId).get("Type"));
    String region = LocalAws.REGION.id();
    String account = LocalAws.ACCOUNT_ID;
    return switch (type + "." + attribute) {
      case "AWS::DynamoDB::Table.Arn" -> "arn:aws:dynamodb:" + region + ":" + account + ":table/" + name;
      // The real label comes from the emulator; consumers of the stream ask it, not this string.
      case "AWS::DynamoDB::Table.StreamArn" ->
          "arn:aws:dynamodb:" + region + ":" + account + ":table/" + name + "/stream/local";
      case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + name;
      case "AWS::S3::Bucket.DomainName" -> name + ".s3.amazonaws.com";
      case "AWS::S3::Bucket.RegionalDomainName" -> name + ".s3." + region + ".amazonaws.com";
      case "AWS::Serverless::Function.Arn", "AWS::Lambda::Function.Arn" ->
          "arn:aws:lambda:" + region + ":" + account + ":function:" + name;
      // What IAM policies and outputs refer to; nothing local serves these resources.
      case "AWS::Logs::LogGroup.Arn" -> "arn:aws:logs:" + region + ":" + account + ":log-group:" + name + ":*";
      case "AWS::SQS::Queue.Arn" -> "arn:aws:sqs:" + region + ":" + account + ":" + name;
      case "AWS::SQS::Queue.QueueName" -> name;
      case "AWS::IAM::Role.Arn" -> "arn:aws:iam::" + account + ":role/" + name;
      case "AWS::CloudFront::Distribution.DomainName" -> "d" + name.substring(1).toLowerCase(Locale.ROOT) + ".cloudfront.net";
      case "AWS::CloudFront::Function.FunctionARN" -> "arn:aws:cloudfront::" + account + ":function/" + name;
      case "AWS::CloudFront::OriginAccessControl.Id" -> name;
      case "AWS::CloudFront::KeyValueStore.Id" -> name;
      case "AWS::CloudFront::KeyValueStore.Arn" -> "arn:aws:cloudfront::" + account + ":key-value-store/" + name;
      case "AWS::Cognito::UserPool.Arn" -> "arn:aws:cognito-idp:" + region + ":" + account + ":userpool/" + name;
      default -> throw new IllegalArgumentException(
          "Fn::GetAtt " + logicalId + "." + attribute + " (" + type + ") is not known to the local cloud");
    };
  }

  /**
   * A distribution id in CloudFront's shape ("E" and 13 capitals or digits), the same for the same
   * stack and logical id on every start, so that a saved invalidation command keeps working.
   */
  private String distributionId(String logicalId) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest((stackName + "/" + logicalId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
      StringBuilder id = new StringBuilder("E");
      for (int i = 0; i < 13; i++) {
        id.append(alphabet.charAt((digest[i] & 0xff) % alphabet.length()));
      }
      return id.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  // Explicit names in the template are plain strings here; intrinsic names would need the resolver.
  private static Object stringOrNull(Object value) {
    return value instanceof String ? value : null;
  }
}
