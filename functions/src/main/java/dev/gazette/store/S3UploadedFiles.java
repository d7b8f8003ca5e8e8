package dev.gazette.store;

import dev.gazette.media.UploadedFiles;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The private uploads bucket, read by the media function at {@code uploads/<id>}. */
public final class S3UploadedFiles implements UploadedFiles {
  private final S3Client s3;
  private final String bucket;

  public S3UploadedFiles(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public Optional<Upload> read(String mediaId) {
    try {
      ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request -> request
          .bucket(bucket).key(S3UploadSlots.key(mediaId)));
      return Optional.of(new Upload(object.response().contentType(), object.asByteArray()));
    } catch (NoSuchKeyException gone) {
      return Optional.empty();
    }
  }
}
