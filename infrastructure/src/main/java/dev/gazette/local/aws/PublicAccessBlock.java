package dev.gazette.local.aws;

import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.BlobAccess;
import org.jclouds.blobstore.domain.BlobMetadata;
import org.jclouds.blobstore.domain.ContainerAccess;
import org.jclouds.blobstore.domain.MultipartUpload;
import org.jclouds.blobstore.options.CreateContainerOptions;
import org.jclouds.blobstore.options.PutOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.jclouds.domain.Location;
import org.jclouds.rest.AuthorizationException;

/**
 * No bucket or object of the local S3 can be made public. S3Proxy honours a public-read ACL (even
 * one added, unsigned, to a presigned PUT) and then serves the object to anyone; the stack's
 * buckets block public access and disable ACLs, so S3 refuses such a request. Here it is refused
 * too, as S3Proxy turns this refusal into: 403 AccessDenied.
 */
final class PublicAccessBlock extends ForwardingBlobStore {

  PublicAccessBlock(BlobStore storage) {
    super(storage);
  }

  @Override
  public boolean createContainerInLocation(Location location, String container, CreateContainerOptions options) {
    if (options.isPublicRead()) {
      throw refused("bucket " + container);
    }
    return delegate().createContainerInLocation(location, container, options);
  }

  @Override
  public void setContainerAccess(String container, ContainerAccess access) {
    if (access == ContainerAccess.PUBLIC_READ) {
      throw refused("bucket " + container);
    }
    delegate().setContainerAccess(container, access);
  }

  @Override
  public String putBlob(String container, Blob blob, PutOptions options) {
    if (options.getBlobAccess() == BlobAccess.PUBLIC_READ) {
      throw refused(container + "/" + blob.getMetadata().getName());
    }
    return delegate().putBlob(container, blob, options);
  }

  @Override
  public MultipartUpload initiateMultipartUpload(String container, BlobMetadata metadata, PutOptions options) {
    if (options.getBlobAccess() == BlobAccess.PUBLIC_READ) {
      throw refused(container + "/" + metadata.getName());
    }
    return delegate().initiateMultipartUpload(container, metadata, options);
  }

  @Override
  public void setBlobAccess(String container, String name, BlobAccess access) {
    if (access == BlobAccess.PUBLIC_READ) {
      throw refused(container + "/" + name);
    }
    delegate().setBlobAccess(container, name, access);
  }

  private static AuthorizationException refused(String what) {
    return new AuthorizationException("Public access is blocked: " + what + " stays private");
  }
}
