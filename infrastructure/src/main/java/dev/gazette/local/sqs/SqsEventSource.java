package dev.gazette.local.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Lambda's SQS event source mapping, locally: pollers that receive batches from a queue and
 * invoke the function with them, never more than {@code maximumConcurrency} invocations at once
 * (the mapping's ScalingConfig), deleting the messages that succeeded and leaving the reported
 * failures (ReportBatchItemFailures) to come back after their visibility timeout, and to the
 * queue's redrive policy after their last try. A function that throws fails the whole batch.
 */
public final class SqsEventSource implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SqsEventSource.class);
  private final SqsClient sqs;
  private final String queueUrl;
  private final String queueArn;
  private final int batchSize;
  private final int maximumConcurrency;
  private final Function<SQSEvent, SQSBatchResponse> function;
  private final ExecutorService pollers;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();
  private final AtomicInteger invocations = new AtomicInteger();
  private volatile boolean open = true;

  public SqsEventSource(SqsClient sqs, String queueUrl, int batchSize, int maximumConcurrency,
      Function<SQSEvent, SQSBatchResponse> function) {
    if (maximumConcurrency < 2 || maximumConcurrency > 1000) {
      throw new IllegalArgumentException("MaximumConcurrency is 2 to 1000, as Lambda's: " + maximumConcurrency);
    }
    if (batchSize < 1 || batchSize > 10) {
      throw new IllegalArgumentException("BatchSize is 1 to 10 here: " + batchSize);
    }
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
        .attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn");
    this.batchSize = batchSize;
    this.maximumConcurrency = maximumConcurrency;
    this.function = function;
    AtomicInteger threads = new AtomicInteger();
    this.pollers = Executors.newFixedThreadPool(maximumConcurrency, task -> {
      Thread thread = new Thread(task, "sqs-poller-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  public SqsEventSource start() {
    for (int i = 0; i < maximumConcurrency; i++) {
      pollers.submit(this::poll);
    }
    return this;
  }

  /** The most invocations that ran at the same time. */
  public int mostAtOnce() {
    return mostAtOnce.get();
  }

  public int invocations() {
    return invocations.get();
  }

  private void poll() {
    while (open) {
      try {
        List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
            .maxNumberOfMessages(batchSize).waitTimeSeconds(1)
            .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        if (!messages.isEmpty()) {
          invoke(messages);
        }
      } catch (RuntimeException failure) {
        if (open) {
          LOG.warn("polling {} failed: {}", queueUrl, failure.toString());
        }
      }
    }
  }

  private void invoke(List<Message> messages) {
    SQSEvent event = new SQSEvent();
    List<SQSEvent.SQSMessage> records = new ArrayList<>();
    for (Message message : messages) {
      SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
      record.setMessageId(message.messageId());
      record.setReceiptHandle(message.receiptHandle());
      record.setBody(message.body());
      record.setMd5OfBody(message.md5OfBody());
      record.setAttributes(Map.copyOf(message.attributesAsStrings()));
      record.setEventSource("aws:sqs");
      record.setEventSourceArn(queueArn);
      records.add(record);
    }
    event.setRecords(records);
    Set<String> failed = new HashSet<>();
    int now = running.incrementAndGet();
    mostAtOnce.accumulateAndGet(now, Math::max);
    invocations.incrementAndGet();
    try {
      SQSBatchResponse response = function.apply(event);
      if (response != null && response.getBatchItemFailures() != null) {
        response.getBatchItemFailures().forEach(failure -> failed.add(failure.getItemIdentifier()));
      }
    } catch (RuntimeException failure) {
      LOG.warn("the function failed a batch of {}: {}", messages.size(), failure.toString());
      messages.forEach(message -> failed.add(message.messageId()));
    } finally {
      running.decrementAndGet();
    }
    for (Message message : messages) {
      if (!failed.contains(message.messageId())) {
        sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
      }
    }
  }

  @Override
  public void close() {
    open = false;
    pollers.shutdown();
    try {
      pollers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pollers.shutdownNow();
  }
}
