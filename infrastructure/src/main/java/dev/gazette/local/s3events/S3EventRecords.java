package dev.gazette.local.s3events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.aws.CreatedObject;
import dev.gazette.local.aws.LocalAws;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * S3's event notification records (event version 2.1) for stored objects: the JSON S3 sends
 * Lambda, with the key URL-encoded as S3 encodes it and a sequencer that grows with each event.
 */
final class S3EventRecords {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final AtomicLong lastSequence = new AtomicLong();

  S3EventRecords(Clock clock) {
    this.clock = clock;
  }

  /**
   * The key as S3 writes it in events and compares it with filter rules: form-URL-encoded (a
   * space is {@code +}, {@code é} is {@code %C3%A9}), slashes kept.
   */
  static String encodedKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  /** One record for one stored object and one notification configuration of its bucket. */
  Map<String, Object> record(CreatedObject object, String configurationId) {
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("key", encodedKey(object.key()));
    stored.put("size", object.size());
    stored.put("eTag", object.eTag());
    stored.put("sequencer", nextSequencer());
    Map<String, Object> s3 = new LinkedHashMap<>();
    s3.put("s3SchemaVersion", "1.0");
    s3.put("configurationId", configurationId);
    s3.put("bucket", Map.of("name", object.bucket(), "ownerIdentity", Map.of("principalId", LocalAws.ACCOUNT_ID),
        "arn", "arn:aws:s3:::" + object.bucket()));
    s3.put("object", stored);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("eventVersion", "2.1");
    record.put("eventSource", "aws:s3");
    record.put("awsRegion", LocalAws.REGION.id());
    record.put("eventTime", EVENT_TIME.format(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    record.put("eventName", object.kind().eventName());
    // Every request to the local S3 is signed with the one local key, from this machine.
    record.put("userIdentity", Map.of("principalId", "AWS:" + LocalAws.ACCESS_KEY_ID));
    record.put("requestParameters", Map.of("sourceIPAddress", "127.0.0.1"));
    record.put("responseElements", Map.of("x-amz-request-id", requestId(), "x-amz-id-2", UUID.randomUUID().toString()));
    record.put("s3", s3);
    return record;
  }

  /** The notification S3 sends a function: {@code {"Records": [...]}}. */
  static String event(List<Map<String, Object>> records) {
    try {
      return JSON.writeValueAsString(Map.of("Records", records));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** S3's sequencers are hex strings, greater for a later event on the same key; these grow across restarts too. */
  private String nextSequencer() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
    long sequence = lastSequence.updateAndGet(last -> Math.max(last + 1, micros));
    return String.format(Locale.ROOT, "%018X", sequence);
  }

  private static String requestId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
  }
}
