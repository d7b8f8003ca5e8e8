package dev.gazette.local.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.http.LocalHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQS's API as the SDK speaks it (AWS JSON 1.0, {@code X-Amz-Target: AmazonSQS.<Action>}) over
 * local standard queues, so the rebuild's fan-out runs unchanged: CreateQueue (VisibilityTimeout,
 * RedrivePolicy), GetQueueUrl, GetQueueAttributes, SendMessage, SendMessageBatch, ReceiveMessage
 * (long polling), DeleteMessage, ChangeMessageVisibility, and SQS's errors for a missing queue
 * or a bad parameter. No FIFO queues, message attributes or delays. Signatures are not checked.
 */
public final class SqsStandIn implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SqsStandIn.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration DEFAULT_VISIBILITY = Duration.ofSeconds(30);
  private final Map<String, LocalQueue> queues = new ConcurrentHashMap<>();
  private final Clock clock;
  private final LocalHttpServer server;

  public SqsStandIn(int port) {
    this(port, Clock.systemUTC());
  }

  SqsStandIn(int port, Clock clock) {
    this.clock = clock;
    this.server = new LocalHttpServer("sqs", port, this::handle);
  }

  public SqsStandIn start() {
    server.start();
    LOG.info("SQS on {}", url());
    return this;
  }

  public URI url() {
    return server.url();
  }

  @Override
  public void close() {
    server.close();
  }

  /** A failure of SQS's own: its HTTP status, error code and message. */
  private static final class SqsError extends RuntimeException {
    final int status;
    final String code;
    final String queryCode;

    SqsError(int status, String code, String queryCode, String message) {
      super(message);
      this.status = status;
      this.code = code;
      this.queryCode = queryCode;
    }

    static SqsError noQueue(String queue) {
      return new SqsError(400, "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue",
          "The specified queue does not exist: " + queue);
    }

    static SqsError invalid(String message) {
      return new SqsError(400, "InvalidParameterValue", "InvalidParameterValue", message);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    try {
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      if (!exchange.getRequestMethod().equals("POST") || target == null || !target.startsWith("AmazonSQS.")) {
        throw new SqsError(400, "InvalidAction", "InvalidAction",
            "this SQS speaks AWS JSON 1.0 only: POST with X-Amz-Target: AmazonSQS.<Action>");
      }
      JsonNode request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      send(exchange, 200, act(target.substring("AmazonSQS.".length()), request));
    } catch (SqsError error) {
      exchange.getResponseHeaders().set("x-amzn-query-error", error.queryCode + ";Sender");
      send(exchange, error.status, JSON.createObjectNode().put("__type", "com.amazonaws.sqs#" + error.code)
          .put("message", error.getMessage()));
    } catch (IOException malformed) {
      send(exchange, 400, JSON.createObjectNode().put("__type", "com.amazonaws.sqs#InvalidParameterValue")
          .put("message", "the request is not JSON"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(exchange, 500, JSON.createObjectNode().put("__type", "com.amazonaws.sqs#InternalError"));
    }
  }

  private ObjectNode act(String action, JsonNode request) throws InterruptedException {
    return switch (action) {
      case "CreateQueue" -> createQueue(request);
      case "GetQueueUrl" -> JSON.createObjectNode().put("QueueUrl", byName(text(request, "QueueName")).url);
      case "GetQueueAttributes" -> attributes(queue(request));
      case "SendMessage" -> sent(queue(request).send(text(request, "MessageBody")));
      case "SendMessageBatch" -> sendBatch(queue(request), request);
      case "ReceiveMessage" -> receive(queue(request), request);
      case "DeleteMessage" -> {
        queue(request).delete(text(request, "ReceiptHandle"));
        yield JSON.createObjectNode();
      }
      case "ChangeMessageVisibility" -> {
        if (!queue(request).changeVisibility(text(request, "ReceiptHandle"),
            Duration.ofSeconds(request.path("VisibilityTimeout").asInt()))) {
          throw new SqsError(400, "ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid",
              "the receipt handle is not the message's latest");
        }
        yield JSON.createObjectNode();
      }
      default -> throw new SqsError(400, "InvalidAction", "InvalidAction", "not served here: " + action);
    };
  }

  private ObjectNode createQueue(JsonNode request) {
    String name = text(request, "QueueName");
    if (!name.matches("[A-Za-z0-9_-]{1,80}")) {
      throw SqsError.invalid("a queue name is 1 to 80 letters, digits, '-' or '_': " + name);
    }
    JsonNode attributes = request.path("Attributes");
    Duration visibility = attributes.has("VisibilityTimeout")
        ? Duration.ofSeconds(Integer.parseInt(attributes.get("VisibilityTimeout").asText())) : DEFAULT_VISIBILITY;
    LocalQueue queue = queues.computeIfAbsent(name, any -> new LocalQueue(name,
        "arn:aws:sqs:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID + ":" + name,
        url() + "/" + LocalAws.ACCOUNT_ID + "/" + name, visibility, clock));
    queue.visibilityTimeout(visibility);
    if (attributes.has("RedrivePolicy")) {
      try {
        JsonNode policy = JSON.readTree(attributes.get("RedrivePolicy").asText());
        String target = policy.path("deadLetterTargetArn").asText();
        LocalQueue deadLetters = queues.values().stream().filter(q -> q.arn.equals(target)).findFirst()
            .orElseThrow(() -> SqsError.invalid("no dead-letter queue " + target));
        queue.redriveTo(deadLetters, Integer.parseInt(policy.path("maxReceiveCount").asText()));
      } catch (IOException | NumberFormatException e) {
        throw SqsError.invalid("RedrivePolicy is {\"deadLetterTargetArn\": ..., \"maxReceiveCount\": N}");
      }
    }
    return JSON.createObjectNode().put("QueueUrl", queue.url);
  }

  private static ObjectNode attributes(LocalQueue queue) {
    ObjectNode attributes = JSON.createObjectNode().put("QueueArn", queue.arn)
        .put("ApproximateNumberOfMessages", Integer.toString(queue.visible()))
        .put("ApproximateNumberOfMessagesNotVisible", Integer.toString(queue.inFlight()))
        .put("VisibilityTimeout", Long.toString(queue.visibilityTimeout().toSeconds()));
    queue.redrivePolicy().ifPresent(policy -> attributes.put("RedrivePolicy", policy));
    ObjectNode response = JSON.createObjectNode();
    response.set("Attributes", attributes);
    return response;
  }

  private static ObjectNode sent(LocalQueue.Message message) {
    return JSON.createObjectNode().put("MessageId", message.id).put("MD5OfMessageBody", message.md5OfBody());
  }

  private static ObjectNode sendBatch(LocalQueue queue, JsonNode request) {
    JsonNode entries = request.path("Entries");
    if (!entries.isArray() || entries.isEmpty() || entries.size() > 10) {
      throw new SqsError(400, "TooManyEntriesInBatchRequest", "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
          "a batch holds 1 to 10 entries");
    }
    ObjectNode response = JSON.createObjectNode();
    ArrayNode successful = response.putArray("Successful");
    response.putArray("Failed");
    for (JsonNode entry : entries) {
      LocalQueue.Message message = queue.send(text(entry, "MessageBody"));
      successful.addObject().put("Id", text(entry, "Id")).put("MessageId", message.id)
          .put("MD5OfMessageBody", message.md5OfBody());
    }
    return response;
  }

  private static ObjectNode receive(LocalQueue queue, JsonNode request) throws InterruptedException {
    int max = request.path("MaxNumberOfMessages").asInt(1);
    if (max < 1 || max > 10) {
      throw SqsError.invalid("MaxNumberOfMessages is 1 to 10: " + max);
    }
    Duration timeout = request.has("VisibilityTimeout") ? Duration.ofSeconds(request.get("VisibilityTimeout").asInt())
        : null;
    Duration wait = Duration.ofSeconds(Math.min(20, request.path("WaitTimeSeconds").asInt(0)));
    ObjectNode response = JSON.createObjectNode();
    ArrayNode messages = response.putArray("Messages");
    for (LocalQueue.Received received : queue.receive(max, timeout, wait)) {
      ObjectNode message = messages.addObject().put("MessageId", received.messageId())
          .put("ReceiptHandle", received.receiptHandle()).put("MD5OfBody", received.md5OfBody())
          .put("Body", received.body());
      message.putObject("Attributes")
          .put("ApproximateReceiveCount", Integer.toString(received.receiveCount()))
          .put("SentTimestamp", Long.toString(received.sentAt().toEpochMilli()));
    }
    return response;
  }

  private LocalQueue queue(JsonNode request) {
    String url = text(request, "QueueUrl");
    return byName(url.substring(url.lastIndexOf('/') + 1));
  }

  private LocalQueue byName(String name) {
    LocalQueue queue = queues.get(name);
    if (queue == null) {
      throw SqsError.noQueue(name);
    }
    return queue;
  }

  private static String text(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || !value.isTextual()) {
      throw new SqsError(400, "MissingParameter", "MissingParameter", "the request must name " + field);
    }
    return value.asText();
  }

  private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
    exchange.getResponseHeaders().set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
