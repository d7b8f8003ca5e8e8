package dev.gazette.local.s3events;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.gazette.local.aws.CreatedObject;
import dev.gazette.local.lambda.HandlerInput;
import dev.gazette.local.template.S3EventSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S3's event records and key filters, without S3: the JSON shape, the key's encoding, the matching. */
class S3EventRecordsTest {
  private final S3EventRecords records = new S3EventRecords(Clock.fixed(Instant.parse("2026-12-02T08:00:00.123456Z"),
      ZoneOffset.UTC));

  @Test
  void keysAreFormEncodedAsS3DoesWithTheirSlashesKept() {
    assertThat(S3EventRecords.encodedKey("uploads/01kb")).isEqualTo("uploads/01kb");
    assertThat(S3EventRecords.encodedKey("uploads/une photo d'été (2).jpg"))
        .isEqualTo("uploads/une+photo+d%27%C3%A9t%C3%A9+%282%29.jpg");
  }

  @Test
  void aRecordReadByLambdasSerializerGivesBackTheKeySizeETagAndTime() {
    CreatedObject object = new CreatedObject("b", "uploads/une photo.jpg", 1234, "abc", CreatedObject.Kind.COPY);
    String json = S3EventRecords.event(List.of(records.record(object, "Media-Uploaded")));

    S3Event event = HandlerInput.fromJson(S3Event.class, json);

    var record = event.getRecords().get(0);
    assertThat(record.getEventName()).isEqualTo("ObjectCreated:Copy");
    assertThat(record.getEventVersion()).isEqualTo("2.1");
    assertThat(record.getEventTime().getMillis()).isEqualTo(Instant.parse("2026-12-02T08:00:00.123Z").toEpochMilli());
    assertThat(record.getS3().getObject().getUrlDecodedKey()).isEqualTo("uploads/une photo.jpg");
    assertThat(record.getS3().getObject().getSizeAsLong()).isEqualTo(1234);
    assertThat(record.getS3().getObject().geteTag()).isEqualTo("abc");
    assertThat(record.getS3().getBucket().getName()).isEqualTo("b");
  }

  @Test
  void sequencersGrowEvenWhenTheClockDoesNot() {
    CreatedObject object = new CreatedObject("b", "k", 1, "e", CreatedObject.Kind.PUT);
    String first = sequencer(records.record(object, "c"));
    String second = sequencer(records.record(object, "c"));
    assertThat(second).hasSameSizeAs(first).isGreaterThan(first);
  }

  @Test
  void aSubscriptionMatchesItsBucketItsEventTypesAndTheEncodedKeyWithinItsRules() {
    Subscription jpegUploads = new Subscription("Media", new S3EventSource("Uploaded", "Uploads", "b",
        List.of("s3:ObjectCreated:Put", "s3:ObjectCreated:Copy"), "uploads/", ".jpg"));
    assertThat(jpegUploads.matches(created("b", "uploads/a.jpg", CreatedObject.Kind.PUT))).isTrue();
    assertThat(jpegUploads.matches(created("b", "uploads/a.jpg", CreatedObject.Kind.COPY))).isTrue();
    assertThat(jpegUploads.matches(created("b", "uploads/a.jpg", CreatedObject.Kind.COMPLETE_MULTIPART_UPLOAD)))
        .as("a type it did not ask for").isFalse();
    assertThat(jpegUploads.matches(created("other", "uploads/a.jpg", CreatedObject.Kind.PUT))).isFalse();
    assertThat(jpegUploads.matches(created("b", "media/a.jpg", CreatedObject.Kind.PUT))).isFalse();
    assertThat(jpegUploads.matches(created("b", "uploads/a.png", CreatedObject.Kind.PUT))).isFalse();
    Subscription spaced = new Subscription("Media", new S3EventSource("Uploaded", "Uploads", "b",
        List.of("s3:ObjectCreated:*"), "mes+photos/", ""));
    assertThat(spaced.matches(created("b", "mes photos/a.jpg", CreatedObject.Kind.COMPLETE_MULTIPART_UPLOAD)))
        .as("filter values are compared URL-encoded, as S3 documents").isTrue();
  }

  private static CreatedObject created(String bucket, String key, CreatedObject.Kind kind) {
    return new CreatedObject(bucket, key, 1, "e", kind);
  }

  @SuppressWarnings("unchecked")
  private static String sequencer(java.util.Map<String, Object> record) {
    return (String) ((java.util.Map<String, Object>) ((java.util.Map<String, Object>) record.get("s3")).get("object"))
        .get("sequencer");
  }
}
