package dev.gazette.store;

import dev.gazette.media.MediaRules;
import dev.gazette.media.UploadSlots;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Upload slots as presigned S3 PUTs into the private uploads bucket, under {@code uploads/<id>}:
 * the signature covers the content type and length, so S3 itself refuses any other bytes.
 */
public final class S3UploadSlots implements UploadSlots {
  static final String PREFIX = "uploads/";

  private final S3Presigner presigner;
  private final S3Client s3;
  private final String bucket;
  private final Clock clock;

  public S3UploadSlots(S3Presigner presigner, S3Client s3, String bucket, Clock clock) {
    this.presigner = presigner;
    this.s3 = s3;
    this.bucket = bucket;
    this.clock = clock;
  }

  /** The upload's key: the media function finds its picture from it. */
  public static String key(String mediaId) {
    return PREFIX + mediaId;
  }

  @Override
  public UploadSlot slotFor(String mediaId, String contentType, long size) {
    Instant signedAt = clock.instant();
    PresignedPutObjectRequest signed = presigner.presignPutObject(request -> request
        .signatureDuration(MediaRules.UPLOAD_WINDOW)
        .putObjectRequest(put -> put.bucket(bucket).key(key(mediaId)).contentType(contentType)
            .contentLength(size)));
    // One entry per header, under its usual name: a client that sent both "content-type" and
    // "Content-Type" would send the value twice, and S3 would refuse the signature.
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    signed.signedHeaders().forEach((name, values) -> {
      // The browser sets Host itself and refuses to be told.
      if (!name.equalsIgnoreCase("host")) {
        headers.put(capitalised(name), String.join(",", values));
      }
    });
    headers.putIfAbsent("Content-Type", contentType);
    return new UploadSlot("PUT", signed.url().toString(), headers, signedAt.plus(MediaRules.UPLOAD_WINDOW));
  }

  /** {@code content-type} → {@code Content-Type}: how HTTP headers are usually written. */
  private static String capitalised(String name) {
    StringBuilder written = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      written.append(start ? Character.toUpperCase(c) : c);
      start = c == '-';
    }
    return written.toString();
  }

  @Override
  public void reprocess(String mediaId, String contentType) {
    // Copying the upload onto itself is a new ObjectCreated event: the same path as an upload.
    s3.copyObject(request -> request.sourceBucket(bucket).sourceKey(key(mediaId))
        .destinationBucket(bucket).destinationKey(key(mediaId))
        .metadataDirective(MetadataDirective.REPLACE).contentType(contentType)
        .metadata(Map.of("reprocessed-at", clock.instant().toString())));
  }
}
