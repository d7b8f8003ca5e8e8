package dev.gazette.local.aws;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.BlobMetadata;
import org.jclouds.blobstore.domain.MultipartPart;
import org.jclouds.blobstore.domain.MultipartUpload;
import org.jclouds.blobstore.options.CopyOptions;
import org.jclouds.blobstore.options.PutOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S3Proxy's storage, told each object S3Proxy stores: a blob store wrapper, the extension point
 * S3Proxy offers (its own middlewares are such wrappers). It sees a PUT, a copy or a completed
 * multipart upload only once it is stored, and never a request S3Proxy refused (a bad signature,
 * an expired URL, a failed If-None-Match), and it leaves the bytes alone: nothing is proxied.
 */
final class ObjectCreationTap extends ForwardingBlobStore {

  private static final Logger LOG = LoggerFactory.getLogger(ObjectCreationTap.class);

  private final Consumer<CreatedObject> listener;
  // On disk providers S3Proxy stores a multipart upload's settings as a stub blob named by the
  // upload's id, right after initiating it: that blob is no object of the bucket.
  private final Set<String> openUploads = ConcurrentHashMap.newKeySet();

  ObjectCreationTap(BlobStore storage, Consumer<CreatedObject> listener) {
    super(storage);
    this.listener = listener;
  }

  @Override
  public String putBlob(String container, Blob blob) {
    return created(container, blob.getMetadata().getName(), delegate().putBlob(container, blob), CreatedObject.Kind.PUT);
  }

  @Override
  public String putBlob(String container, Blob blob, PutOptions options) {
    return created(container, blob.getMetadata().getName(), delegate().putBlob(container, blob, options),
        CreatedObject.Kind.PUT);
  }

  @Override
  public String copyBlob(String fromContainer, String fromName, String toContainer, String toName,
      CopyOptions options) {
    return created(toContainer, toName, delegate().copyBlob(fromContainer, fromName, toContainer, toName, options),
        CreatedObject.Kind.COPY);
  }

  @Override
  public MultipartUpload initiateMultipartUpload(String container, BlobMetadata metadata, PutOptions options) {
    MultipartUpload upload = delegate().initiateMultipartUpload(container, metadata, options);
    openUploads.add(container + "/" + upload.id());
    return upload;
  }

  @Override
  public void abortMultipartUpload(MultipartUpload upload) {
    delegate().abortMultipartUpload(upload);
    openUploads.remove(upload.containerName() + "/" + upload.id());
  }

  @Override
  public String completeMultipartUpload(MultipartUpload upload, List<MultipartPart> parts) {
    String eTag = delegate().completeMultipartUpload(upload, parts);
    openUploads.remove(upload.containerName() + "/" + upload.id());
    return created(upload.containerName(), upload.blobName(), eTag, CreatedObject.Kind.COMPLETE_MULTIPART_UPLOAD);
  }

  private String created(String container, String key, String eTag, CreatedObject.Kind kind) {
    if (openUploads.contains(container + "/" + key)) {
      return eTag;
    }
    try {
      BlobMetadata stored = delegate().blobMetadata(container, key);
      long size = stored == null || stored.getSize() == null ? 0 : stored.getSize();
      listener.accept(new CreatedObject(container, key, size, unquoted(eTag), kind));
    } catch (RuntimeException e) {
      // S3 never fails a write because a notification could not be sent; the write stands.
      LOG.error("Object {}/{} was stored, but its event could not be queued", container, key, e);
    }
    return eTag;
  }

  private static String unquoted(String eTag) {
    return eTag != null && eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"")
        ? eTag.substring(1, eTag.length() - 1) : eTag;
  }
}
