package dev.gazette.local.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;
import dev.gazette.local.aws.LocalAws;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Turns stream records read with the SDK into the {@link DynamodbEvent} Lambda hands a function,
 * and into the plain JSON shape event filters and the failure sink look at.
 */
final class StreamRecordEvents {

  private StreamRecordEvents() {
  }

  static DynamodbEvent event(List<Record> records, String streamArn) {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(records.stream().map(record -> lambdaRecord(record, streamArn)).toList());
    return event;
  }

  private static DynamodbEvent.DynamodbStreamRecord lambdaRecord(Record record, String streamArn) {
    DynamodbEvent.DynamodbStreamRecord lambda = new DynamodbEvent.DynamodbStreamRecord();
    lambda.setEventID(record.eventID());
    lambda.setEventName(record.eventNameAsString());
    lambda.setEventVersion(record.eventVersion() == null ? "1.1" : record.eventVersion());
    lambda.setEventSource("aws:dynamodb");
    // dynoxide says "dynoxide"; a function in Lambda sees its own region.
    lambda.setAwsRegion(LocalAws.REGION.id());
    lambda.setEventSourceARN(streamArn);
    if (record.userIdentity() != null) {
      lambda.setUserIdentity(new Identity().withPrincipalId(record.userIdentity().principalId())
          .withType(record.userIdentity().type()));
    }
    var dynamodb = record.dynamodb();
    StreamRecord stream = new StreamRecord()
        .withSequenceNumber(dynamodb.sequenceNumber())
        .withSizeBytes(dynamodb.sizeBytes())
        .withApproximateCreationDateTime(dynamodb.approximateCreationDateTime() == null
            ? null : Date.from(dynamodb.approximateCreationDateTime()));
    if (dynamodb.streamViewType() != null) {
      stream.setStreamViewType(StreamViewType.fromValue(dynamodb.streamViewTypeAsString()));
    }
    stream.setKeys(dynamodb.hasKeys() ? item(dynamodb.keys()) : null);
    stream.setNewImage(dynamodb.hasNewImage() ? item(dynamodb.newImage()) : null);
    stream.setOldImage(dynamodb.hasOldImage() ? item(dynamodb.oldImage()) : null);
    lambda.setDynamodb(stream);
    return lambda;
  }

  private static Map<String, AttributeValue> item(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
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
      case L -> converted.setL(value.l().stream().map(StreamRecordEvents::value).toList());
      case M -> converted.setM(item(value.m()));
      default -> throw new IllegalArgumentException("Unknown DynamoDB attribute type in " + value);
    }
    return converted;
  }

  /** The record as the JSON a function receives: what filter patterns match against. */
  static Map<String, Object> json(Record record) {
    var dynamodb = record.dynamodb();
    Map<String, Object> stream = new LinkedHashMap<>();
    stream.put("SequenceNumber", dynamodb.sequenceNumber());
    stream.put("SizeBytes", dynamodb.sizeBytes());
    stream.put("StreamViewType", dynamodb.streamViewTypeAsString());
    if (dynamodb.hasKeys()) {
      stream.put("Keys", jsonItem(dynamodb.keys()));
    }
    if (dynamodb.hasNewImage()) {
      stream.put("NewImage", jsonItem(dynamodb.newImage()));
    }
    if (dynamodb.hasOldImage()) {
      stream.put("OldImage", jsonItem(dynamodb.oldImage()));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("eventID", record.eventID());
    json.put("eventName", record.eventNameAsString());
    json.put("eventSource", "aws:dynamodb");
    json.put("awsRegion", LocalAws.REGION.id());
    json.put("dynamodb", stream);
    return json;
  }

  private static Map<String, Object> jsonItem(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
    Map<String, Object> json = new LinkedHashMap<>();
    item.forEach((name, value) -> json.put(name, jsonValue(value)));
    return json;
  }

  private static Map<String, Object> jsonValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
    Base64.Encoder base64 = Base64.getEncoder();
    return switch (value.type()) {
      case S -> Map.of("S", value.s());
      case N -> Map.of("N", value.n());
      case B -> Map.of("B", base64.encodeToString(value.b().asByteArray()));
      case BOOL -> Map.of("BOOL", value.bool());
      case NUL -> Map.of("NULL", true);
      case SS -> Map.of("SS", value.ss());
      case NS -> Map.of("NS", value.ns());
      case BS -> Map.of("BS", value.bs().stream().map(b -> base64.encodeToString(b.asByteArray())).toList());
      case L -> Map.of("L", value.l().stream().map(StreamRecordEvents::jsonValue).toList());
      case M -> Map.of("M", jsonItem(value.m()));
      default -> throw new IllegalArgumentException("Unknown DynamoDB attribute type in " + value);
    };
  }
}
