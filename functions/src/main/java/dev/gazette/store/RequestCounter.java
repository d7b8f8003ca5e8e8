package dev.gazette.store;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Counts the requests an SDK client makes, per service and operation, and the DynamoDB
 * capacity units they consume (it asks DynamoDB to report them). Used by the cost benchmark;
 * the emulator may report no capacity, in which case only requests count.
 */
public final class RequestCounter implements ExecutionInterceptor {
  private final Map<String, Long> requests = new TreeMap<>();
  private double readUnits;
  private double writeUnits;

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
    if (request instanceof GetItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof PutItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof UpdateItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof DeleteItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof QueryRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof BatchGetItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof BatchWriteItemRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    } else if (request instanceof TransactWriteItemsRequest r) {
      return r.toBuilder().returnConsumedCapacity(total).build();
    }
    return request;
  }

  @Override
  public synchronized void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
        + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    requests.merge(operation, 1L, Long::sum);
    SdkResponse response = context.response();
    if (response instanceof GetItemResponse r) {
      readUnits += units(r.consumedCapacity());
    } else if (response instanceof QueryResponse r) {
      readUnits += units(r.consumedCapacity());
    } else if (response instanceof BatchGetItemResponse r) {
      r.consumedCapacity().forEach(capacity -> readUnits += units(capacity));
    } else if (response instanceof PutItemResponse r) {
      writeUnits += units(r.consumedCapacity());
    } else if (response instanceof UpdateItemResponse r) {
      writeUnits += units(r.consumedCapacity());
    } else if (response instanceof DeleteItemResponse r) {
      writeUnits += units(r.consumedCapacity());
    } else if (response instanceof BatchWriteItemResponse r) {
      r.consumedCapacity().forEach(capacity -> writeUnits += units(capacity));
    } else if (response instanceof TransactWriteItemsResponse r) {
      r.consumedCapacity().forEach(capacity -> writeUnits += units(capacity));
    }
  }

  private static double units(ConsumedCapacity capacity) {
    return capacity == null || capacity.capacityUnits() == null ? 0 : capacity.capacityUnits();
  }

  /** Requests per "Service.Operation" since the last reset. */
  public synchronized Map<String, Long> requests() {
    return new TreeMap<>(requests);
  }

  public synchronized double readUnits() {
    return readUnits;
  }

  public synchronized double writeUnits() {
    return writeUnits;
  }

  public synchronized void reset() {
    requests.clear();
    readUnits = 0;
    writeUnits = 0;
  }
}
