package dev.gazette.local.s3events;

import dev.gazette.local.aws.CreatedObject;
import dev.gazette.local.template.S3EventSource;

/** One S3 event of a function of the template: which stored objects it is notified of. */
record Subscription(String functionName, S3EventSource source) {

  /** S3 would name this notification configuration; the template's event name says which it is. */
  String configurationId() {
    return functionName + "-" + source.name();
  }

  /** Same bucket, an event type asked for, and the key's encoded form within the prefix and suffix rules. */
  boolean matches(CreatedObject object) {
    String key = S3EventRecords.encodedKey(object.key());
    return object.bucket().equals(source.bucketName()) && source.wants(object.kind().eventName())
        && key.startsWith(source.prefix()) && key.endsWith(source.suffix())
        && key.length() >= source.prefix().length() + source.suffix().length();
  }
}
