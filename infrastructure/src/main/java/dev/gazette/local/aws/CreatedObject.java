package dev.gazette.local.aws;

/**
 * An object the local S3 has just stored, as S3's event notifications describe it: which bucket
 * and key, its size and ETag, and the kind of request that made it.
 *
 * @param key the object's key as stored (not URL-encoded)
 * @param eTag without the quotes HTTP puts around it
 */
public record CreatedObject(String bucket, String key, long size, String eTag, Kind kind) {

  /** The requests that create an object, named as S3 names them in its event names. */
  public enum Kind {
    PUT("Put"), COPY("Copy"), COMPLETE_MULTIPART_UPLOAD("CompleteMultipartUpload");

    private final String eventSuffix;

    Kind(String eventSuffix) {
      this.eventSuffix = eventSuffix;
    }

    /** S3's event name, e.g. {@code ObjectCreated:Put}. */
    public String eventName() {
      return "ObjectCreated:" + eventSuffix;
    }
  }
}
