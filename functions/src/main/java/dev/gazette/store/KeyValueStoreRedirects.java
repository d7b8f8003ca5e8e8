package dev.gazette.store;

import dev.gazette.publish.RedirectMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * The site's redirect map in the CloudFront KeyValueStore the viewer-request function reads. Every
 * write names the store's ETag (If-Match); another writer's change in between answers
 * ConflictException, and the write is tried again with the store's new ETag.
 */
public final class KeyValueStoreRedirects implements RedirectMap {
  private static final int ATTEMPTS = 5;
  /** The store's limits: a key of at most 512 bytes, a value of at most 1 KB. */
  static final int MAX_KEY_BYTES = 512;
  static final int MAX_VALUE_BYTES = 1024;

  private final KeyValueStoreClient store;
  private String etag;

  public KeyValueStoreRedirects(KeyValueStoreClient store) {
    this.store = store;
  }

  @Override
  public Optional<String> target(String path) {
    return store.get(path);
  }

  @Override
  public void put(String path, String target) {
    if (path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_KEY_BYTES
        || target.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
      throw new IllegalArgumentException("a redirect past the store's limits: " + path);
    }
    write(ifMatch -> store.put(path, target, ifMatch));
  }

  @Override
  public void remove(String path) {
    write(ifMatch -> {
      try {
        return store.delete(path, ifMatch);
      } catch (KeyValueStoreClient.KeyValueStoreException e) {
        if (e.status() == 404 && "ResourceNotFoundException".equals(e.errorType())) {
          return null; // already gone
        }
        throw e;
      }
    });
  }

  private synchronized void write(Function<String, String> call) {
    for (int attempt = 1; ; attempt++) {
      if (etag == null) {
        etag = store.etag();
      }
      try {
        String written = call.apply(etag);
        etag = written;
        return;
      } catch (KeyValueStoreClient.KeyValueStoreException e) {
        etag = null;
        if (e.status() != 409 || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
