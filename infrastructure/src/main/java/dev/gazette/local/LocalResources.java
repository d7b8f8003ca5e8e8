package dev.gazette.local;

import dev.gazette.local.template.TableDefinition;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Creates the stack's table and buckets in the emulators as the template declares them, unless they exist already. */
public final class LocalResources {

  private static final Logger LOG = LoggerFactory.getLogger(LocalResources.class);

  private LocalResources() {
  }

  /**
   * Creates the table if missing, with the stream the template declares (none when it declares
   * none, as for the search index, whose writes must not reach the Publisher).
   */
  public static void ensureTable(DynamoDbClient dynamo, TableDefinition table) {
    String viewType = table.streamViewType();
    StreamSpecification stream = viewType == null ? null
        : StreamSpecification.builder().streamEnabled(true).streamViewType(viewType).build();
    TableDescription existing = describe(dynamo, table.tableName());
    if (existing == null) {
      CreateTableRequest.Builder request = CreateTableRequest.builder()
          .tableName(table.tableName())
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(table.keySchema())
          .attributeDefinitions(table.attributeDefinitions());
      if (stream != null) {
        request.streamSpecification(stream);
      }
      if (!table.globalSecondaryIndexes().isEmpty()) {
        request.globalSecondaryIndexes(table.globalSecondaryIndexes());
      }
      dynamo.createTable(request.build());
      LOG.info("Created table {}{}", table.tableName(), stream == null ? "" : " with a " + viewType + " stream");
    } else {
      boolean streamOn = existing.streamSpecification() != null
          && Boolean.TRUE.equals(existing.streamSpecification().streamEnabled());
      if (stream != null && !streamOn) {
        dynamo.updateTable(u -> u.tableName(table.tableName()).streamSpecification(stream));
        LOG.info("Enabled the stream of table {}", table.tableName());
      }
      addMissingIndexes(dynamo, table, existing);
    }
  }

  /** A table kept from before the template declared an index gets it, as CloudFormation would add it. */
  private static void addMissingIndexes(DynamoDbClient dynamo, TableDefinition table, TableDescription existing) {
    Set<String> present = existing.globalSecondaryIndexes().stream()
        .map(GlobalSecondaryIndexDescription::indexName).collect(Collectors.toSet());
    for (GlobalSecondaryIndex index : table.globalSecondaryIndexes()) {
      if (!present.contains(index.indexName())) {
        dynamo.updateTable(u -> u.tableName(table.tableName())
            .attributeDefinitions(table.attributeDefinitions())
            .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                .create(CreateGlobalSecondaryIndexAction.builder().indexName(index.indexName())
                    .keySchema(index.keySchema()).projection(index.projection()).build())
                .build()));
        LOG.info("Added index {} to table {}", index.indexName(), table.tableName());
      }
    }
  }

  public static void ensureBucket(S3Client s3, String bucket) {
    try {
      s3.headBucket(h -> h.bucket(bucket));
    } catch (NoSuchBucketException e) {
      create(s3, bucket);
    } catch (S3Exception e) {
      if (e.statusCode() != 404) {
        throw e;
      }
      create(s3, bucket);
    }
  }

  private static void create(S3Client s3, String bucket) {
    s3.createBucket(c -> c.bucket(bucket));
    LOG.info("Created bucket {}", bucket);
  }

  private static TableDescription describe(DynamoDbClient dynamo, String tableName) {
    try {
      return dynamo.describeTable(d -> d.tableName(tableName)).table();
    } catch (ResourceNotFoundException e) {
      return null;
    }
  }
}
