package dev.gazette.local.template;

import java.time.Duration;
import java.util.List;

/**
 * A DynamoDB stream event source of a function, with Lambda's defaults for what the template
 * leaves out (batch of 100, no batching window, retries until the records expire, no age limit).
 *
 * @param maximumRetryAttempts retries after the first attempt; -1 means until the records expire
 * @param maximumRecordAgeSeconds records older than this are given up, not delivered; -1 means no limit
 * @param filterPatterns EventBridge-style JSON patterns; a record is delivered if any matches (or if there are none)
 */
public record StreamEventSource(
    String tableLogicalId,
    String startingPosition,
    int batchSize,
    Duration maximumBatchingWindow,
    int maximumRetryAttempts,
    int maximumRecordAgeSeconds,
    boolean bisectBatchOnFunctionError,
    boolean reportBatchItemFailures,
    List<String> filterPatterns) {

  public StreamEventSource {
    filterPatterns = List.copyOf(filterPatterns);
  }
}
