package dev.gazette.bench.latency;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * A batch of stream records as Lambda hands the Publisher: one per article item written, with
 * its keys and its old and new images (the table's stream is NEW_AND_OLD_IMAGES). The bench
 * builds it from the items it wrote rather than reading a stream: dynoxide's writes slow down
 * as a stream grows, which would slow the Publisher's own writes being measured.
 */
public final class StreamBatch {
  private static final String STREAM_ARN =
      "arn:aws:dynamodb:us-east-1:000000000000:table/bench/stream/2026-12-02T00:00:00.000";
  private final List<DynamodbStreamRecord> records = new ArrayList<>();
  private long sequenceNumber;

  public StreamBatch(long firstSequenceNumber) {
    this.sequenceNumber = firstSequenceNumber;
  }

  /** An item created: INSERT with its new image. */
  public StreamBatch inserted(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    return add("INSERT", null, item);
  }

  /** An item replaced: MODIFY with both images. */
  public StreamBatch modified(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> before,
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> after) {
    return add("MODIFY", before, after);
  }

  public DynamodbEvent event() {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.copyOf(records));
    return event;
  }

  private StreamBatch add(String eventName,
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> before,
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> after) {
    String sequence = String.valueOf(sequenceNumber++);
    StreamRecord stream = new StreamRecord()
        .withKeys(Map.of("pk", value(after.get("pk")), "sk", value(after.get("sk"))))
        .withNewImage(item(after))
        .withSequenceNumber(sequence)
        .withSizeBytes(1_000L)
        .withApproximateCreationDateTime(new Date())
        .withStreamViewType(StreamViewType.NEW_AND_OLD_IMAGES);
    if (before != null) {
      stream.setOldImage(item(before));
    }
    DynamodbStreamRecord record = new DynamodbStreamRecord();
    record.setEventID(sequence);
    record.setEventName(eventName);
    record.setEventVersion("1.1");
    record.setEventSource("aws:dynamodb");
    record.setAwsRegion("us-east-1");
    record.setEventSourceARN(STREAM_ARN);
    record.setDynamodb(stream);
    records.add(record);
    return this;
  }

  private static Map<String, AttributeValue> item(
      Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    Map<String, AttributeValue> converted = new LinkedHashMap<>();
    item.forEach((name, value) -> converted.put(name, value(value)));
    return converted;
  }

  private static AttributeValue value(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
    AttributeValue converted = new AttributeValue();
    switch (value.type()) {
      case S -> converted.setS(value.s());
      case N -> converted.setN(value.n());
      case B -> converted.setB(value.b().asByteBuffer());
      case BOOL -> converted.setBOOL(value.bool());
      case NUL -> converted.setNULL(Boolean.TRUE);
      case SS -> converted.setSS(value.ss());
      case NS -> converted.setNS(value.ns());
      case BS -> converted.setBS(value.bs().stream().map(SdkBytes::asByteBuffer).toList());
      case L -> converted.setL(value.l().stream().map(StreamBatch::value).toList());
      case M -> converted.setM(item(value.m()));
      default -> throw new IllegalArgumentException("not a DynamoDB attribute: " + value);
    }
    return converted;
  }
}
