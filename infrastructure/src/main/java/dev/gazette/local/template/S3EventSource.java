package dev.gazette.local.template;

import java.util.List;

/**
 * An S3 event of a function: the bucket of the template it watches, the object-created events it
 * asks for and its key filter. The local cloud's S3 event stand-in delivers what matches.
 *
 * @param events S3's event types as the template names them: {@code s3:ObjectCreated:*} or one
 *     kind, {@code s3:ObjectCreated:Put}, {@code :Copy}, {@code :CompleteMultipartUpload}, {@code :Post}
 * @param prefix the key filter's prefix rule, URL-encoded as S3 compares it; empty for none
 * @param suffix the key filter's suffix rule, likewise
 */
public record S3EventSource(String name, String bucketLogicalId, String bucketName, List<String> events,
    String prefix, String suffix) {

  /** The event types the local cloud delivers: S3's ObjectCreated family. */
  public static final List<String> DELIVERED = List.of("s3:ObjectCreated:*", "s3:ObjectCreated:Put",
      "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload", "s3:ObjectCreated:Post");

  public S3EventSource {
    events = List.copyOf(events);
  }

  /** Whether this source asks for an event named as in a record, e.g. {@code ObjectCreated:Copy}. */
  public boolean wants(String eventName) {
    return events.contains("s3:" + eventName)
        || events.stream().anyMatch(type -> type.endsWith(":*")
            && ("s3:" + eventName).startsWith(type.substring(0, type.length() - 1)));
  }
}
