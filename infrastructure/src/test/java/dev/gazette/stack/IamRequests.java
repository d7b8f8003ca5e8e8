package dev.gazette.stack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cloudfront.model.CreateInvalidationRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * The IAM permissions an SDK request needs, as the services authorise them: a transaction needs
 * the action of each item (there is no TransactWriteItems action), a HEAD of an object needs
 * s3:GetObject, a copy s3:GetObject on its source and s3:PutObject on its target, a listing
 * s3:ListBucket on the bucket. A presigned request is the call it signs: presigning a PutObject
 * needs s3:PutObject, since S3 checks the signer's permissions when the PUT arrives. A call not known here maps to
 * "service:Operation" so that it can never pass unnoticed.
 */
final class IamRequests {
  private static final String PK = "pk";
  private final String region;
  private final String account;

  IamRequests(String region, String account) {
    this.region = region;
    this.account = account;
  }

  List<IamAccess> of(String service, String operation, SdkRequest request) {
    List<IamAccess> accesses = new ArrayList<>();
    if (request instanceof GetItemRequest r) {
      accesses.add(item("GetItem", r.tableName(), r.key()));
    } else if (request instanceof PutItemRequest r) {
      accesses.add(item("PutItem", r.tableName(), r.item()));
    } else if (request instanceof UpdateItemRequest r) {
      accesses.add(item("UpdateItem", r.tableName(), r.key()));
    } else if (request instanceof DeleteItemRequest r) {
      accesses.add(item("DeleteItem", r.tableName(), r.key()));
    } else if (request instanceof QueryRequest r) {
      // The partition a query of the table reads, for a LeadingKeys condition (the adapters name it :pk).
      AttributeValue partition = r.hasExpressionAttributeValues() ? r.expressionAttributeValues().get(":pk") : null;
      accesses.add(new IamAccess("dynamodb:Query", r.indexName() == null
          ? table(r.tableName()) : table(r.tableName()) + "/index/" + r.indexName(),
          r.indexName() == null && partition != null && partition.s() != null ? Set.of(partition.s()) : Set.of()));
    } else if (request instanceof ScanRequest r) {
      accesses.add(IamAccess.of("dynamodb:Scan", r.indexName() == null
          ? table(r.tableName()) : table(r.tableName()) + "/index/" + r.indexName()));
    } else if (request instanceof BatchGetItemRequest r) {
      r.requestItems().forEach((name, keys) -> accesses.add(new IamAccess("dynamodb:BatchGetItem",
          table(name), keys(keys.keys()))));
    } else if (request instanceof BatchWriteItemRequest r) {
      r.requestItems().forEach((name, writes) -> accesses.add(new IamAccess("dynamodb:BatchWriteItem",
          table(name), keys(writes.stream().map(IamRequests::keyOf).toList()))));
    } else if (request instanceof TransactWriteItemsRequest r) {
      r.transactItems().forEach(write -> accesses.add(transactItem(write)));
    } else if (request instanceof CopyObjectRequest r) {
      // A copy reads its source and writes its target: S3 checks both.
      accesses.add(IamAccess.of("s3:GetObject", copySource(r)));
      accesses.add(IamAccess.of("s3:PutObject", object(r.destinationBucket(), r.destinationKey())));
    } else if (request instanceof PutObjectRequest r) {
      accesses.add(IamAccess.of("s3:PutObject", object(r.bucket(), r.key())));
    } else if (request instanceof DeleteObjectRequest r) {
      accesses.add(IamAccess.of("s3:DeleteObject", object(r.bucket(), r.key())));
    } else if (request instanceof GetObjectRequest r) {
      accesses.add(IamAccess.of("s3:GetObject", object(r.bucket(), r.key())));
    } else if (request instanceof HeadObjectRequest r) {
      accesses.add(IamAccess.of("s3:GetObject", object(r.bucket(), r.key())));
    } else if (request instanceof CreateInvalidationRequest r) {
      // CloudFront is global: its ARNs name no region.
      accesses.add(IamAccess.of("cloudfront:CreateInvalidation",
          "arn:aws:cloudfront::" + account + ":distribution/" + r.distributionId()));
    } else if (request instanceof SendMessageRequest r) {
      accesses.add(IamAccess.of("sqs:SendMessage", queue(r.queueUrl())));
    } else if (request instanceof ListObjectsV2Request r) {
      accesses.add(IamAccess.of("s3:ListBucket", "arn:aws:s3:::" + r.bucket()));
    } else {
      accesses.add(IamAccess.of(service.toLowerCase() + ":" + operation, "*"));
    }
    return accesses;
  }

  private IamAccess transactItem(TransactWriteItem write) {
    if (write.put() != null) {
      return item("PutItem", write.put().tableName(), write.put().item());
    } else if (write.update() != null) {
      return item("UpdateItem", write.update().tableName(), write.update().key());
    } else if (write.delete() != null) {
      return item("DeleteItem", write.delete().tableName(), write.delete().key());
    }
    return item("ConditionCheckItem", write.conditionCheck().tableName(), write.conditionCheck().key());
  }

  private IamAccess item(String action, String tableName, Map<String, AttributeValue> key) {
    return new IamAccess("dynamodb:" + action, table(tableName), keys(List.of(key)));
  }

  private static Map<String, AttributeValue> keyOf(WriteRequest write) {
    return write.putRequest() != null ? write.putRequest().item() : write.deleteRequest().key();
  }

  private static Set<String> keys(List<Map<String, AttributeValue>> items) {
    Set<String> keys = new HashSet<>();
    items.forEach(item -> keys.add(item.get(PK).s()));
    return keys;
  }

  /** The object a copy reads, whether the request names it by bucket and key or as {@code copySource}. */
  @SuppressWarnings("deprecation")
  private static String copySource(CopyObjectRequest request) {
    if (request.sourceBucket() != null) {
      return object(request.sourceBucket(), request.sourceKey());
    }
    String source = java.net.URLDecoder.decode(request.copySource(), java.nio.charset.StandardCharsets.UTF_8);
    return "arn:aws:s3:::" + source.replaceFirst("^/", "").replaceFirst("\\?versionId=.*$", "");
  }

  /** A queue's ARN from its URL, whose last segment is its name. */
  private String queue(String url) {
    return "arn:aws:sqs:" + region + ":" + account + ":" + url.substring(url.lastIndexOf('/') + 1);
  }

  private String table(String name) {
    return "arn:aws:dynamodb:" + region + ":" + account + ":table/" + name;
  }

  private static String object(String bucket, String key) {
    return "arn:aws:s3:::" + bucket + "/" + key;
  }
}
