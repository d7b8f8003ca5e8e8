package dev.gazette.store;

import dev.gazette.media.Rendition;
import dev.gazette.media.RenditionFiles;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Renditions in the site bucket under {@code media/<hash>/<crop>-<width>.<ext>}, cached for
 * ever: written only if absent, so a published rendition is never replaced.
 */
public final class S3RenditionFiles implements RenditionFiles {
  private final S3Client s3;
  private final String bucket;
  private final SitePaths paths;

  public S3RenditionFiles(S3Client s3, String bucket, SitePaths paths) {
    this.s3 = s3;
    this.bucket = bucket;
    this.paths = paths;
  }

  @Override
  public void put(String imageHash, Rendition rendition) {
    String key = paths.renditionKey(imageHash, rendition.crop().key(), rendition.width(),
        rendition.format().extension());
    try {
      s3.putObject(request -> request.bucket(bucket).key(key).ifNoneMatch("*")
              .contentType(rendition.format().mediaType())
              .cacheControl(OutputFormat.immutableCacheControl()),
          RequestBody.fromBytes(rendition.bytes()));
    } catch (S3Exception exists) {
      // 412: a replayed event made the same file before; the key names these very bytes.
      if (exists.statusCode() != 412) {
        throw exists;
      }
    }
  }
}
