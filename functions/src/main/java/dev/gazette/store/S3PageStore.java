package dev.gazette.store;

import dev.gazette.publish.PageStore;
import dev.gazette.render.RenderedFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The public site's files in an S3 bucket, each with the headers the CDN passes on to readers. */
public final class S3PageStore implements PageStore {
  private final S3Client s3;
  private final String bucket;

  public S3PageStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public void put(RenderedFile file) {
    s3.putObject(request -> request.bucket(bucket).key(file.key())
            .contentType(file.contentType()).cacheControl(file.cacheControl()),
        RequestBody.fromBytes(file.bytes()));
  }

  @Override
  public void delete(String key) {
    s3.deleteObject(request -> request.bucket(bucket).key(key));
  }
}
