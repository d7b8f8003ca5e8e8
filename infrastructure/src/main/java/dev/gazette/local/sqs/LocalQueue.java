package dev.gazette.local.sqs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One standard queue as SQS keeps it: messages hidden for the visibility timeout once received,
 * visible again unless deleted, and, with a redrive policy, moved to the dead-letter queue when
 * received once more than {@code maxReceiveCount} allows. Thread-safe.
 */
final class LocalQueue {
  /** A message and its state in the queue. */
  static final class Message {
    final String id = UUID.randomUUID().toString();
    final String body;
    final Instant sentAt;
    int receiveCount;
    Instant visibleAt;
    String receiptHandle;

    Message(String body, Instant sentAt) {
      this.body = body;
      this.sentAt = sentAt;
      this.visibleAt = sentAt;
    }

    String md5OfBody() {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** What a receive hands out: the message's id, handle, body and how often it was received. */
  record Received(String messageId, String receiptHandle, String body, String md5OfBody, int receiveCount,
      Instant sentAt) {}

  final String name;
  final String arn;
  final String url;
  private final Clock clock;
  private final Map<String, Message> messages = new LinkedHashMap<>();
  private Duration visibilityTimeout;
  private LocalQueue deadLetters;
  private int maxReceiveCount;

  LocalQueue(String name, String arn, String url, Duration visibilityTimeout, Clock clock) {
    this.name = name;
    this.arn = arn;
    this.url = url;
    this.visibilityTimeout = visibilityTimeout;
    this.clock = clock;
  }

  synchronized void redriveTo(LocalQueue deadLetters, int maxReceiveCount) {
    this.deadLetters = deadLetters;
    this.maxReceiveCount = maxReceiveCount;
  }

  synchronized void visibilityTimeout(Duration timeout) {
    this.visibilityTimeout = timeout;
  }

  synchronized Duration visibilityTimeout() {
    return visibilityTimeout;
  }

  synchronized Optional<String> redrivePolicy() {
    return deadLetters == null ? Optional.empty()
        : Optional.of("{\"deadLetterTargetArn\":\"" + deadLetters.arn + "\",\"maxReceiveCount\":" + maxReceiveCount + "}");
  }

  synchronized Message send(String body) {
    Message message = new Message(body, clock.instant());
    messages.put(message.id, message);
    notifyAll();
    return message;
  }

  /** Up to {@code max} visible messages, hidden for {@code timeout}; waits up to {@code wait} for one. */
  synchronized List<Received> receive(int max, Duration timeout, Duration wait) throws InterruptedException {
    Instant giveUp = clock.instant().plus(wait);
    List<Received> received = take(max, timeout == null ? visibilityTimeout : timeout);
    while (received.isEmpty() && clock.instant().isBefore(giveUp)) {
      wait(Math.max(1, Math.min(50, Duration.between(clock.instant(), giveUp).toMillis())));
      received = take(max, timeout == null ? visibilityTimeout : timeout);
    }
    return received;
  }

  private List<Received> take(int max, Duration timeout) {
    Instant now = clock.instant();
    List<Received> received = new ArrayList<>();
    for (Iterator<Message> it = messages.values().iterator(); it.hasNext() && received.size() < max; ) {
      Message message = it.next();
      if (message.visibleAt.isAfter(now)) {
        continue;
      }
      if (deadLetters != null && message.receiveCount >= maxReceiveCount) {
        // SQS moves it on the receive that would exceed the count: it keeps its body, not its id.
        it.remove();
        deadLetters.send(message.body);
        continue;
      }
      message.receiveCount++;
      message.visibleAt = now.plus(timeout);
      message.receiptHandle = UUID.randomUUID() + "#" + message.id;
      received.add(new Received(message.id, message.receiptHandle, message.body, message.md5OfBody(),
          message.receiveCount, message.sentAt));
    }
    return received;
  }

  /** Deletes the message this handle was given for; an old handle of a message received again still deletes it. */
  synchronized boolean delete(String receiptHandle) {
    String id = receiptHandle.substring(receiptHandle.indexOf('#') + 1);
    return messages.remove(id) != null;
  }

  synchronized boolean changeVisibility(String receiptHandle, Duration timeout) {
    Message message = messages.get(receiptHandle.substring(receiptHandle.indexOf('#') + 1));
    if (message == null || !receiptHandle.equals(message.receiptHandle)) {
      return false;
    }
    message.visibleAt = clock.instant().plus(timeout);
    notifyAll();
    return true;
  }

  synchronized int visible() {
    Instant now = clock.instant();
    return (int) messages.values().stream().filter(message -> !message.visibleAt.isAfter(now)).count();
  }

  synchronized int inFlight() {
    return messages.size() - visible();
  }
}
