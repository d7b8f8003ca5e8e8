package dev.gazette.store;

import dev.gazette.publish.RedirectMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /** Keys an UpdateKeys call carries here: well under the request's size limit at these sizes. */
  static final int KEYS_PER_UPDATE = 50;

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
    checkLimits(path, target);
    write(ifMatch -> store.put(path, target, ifMatch));
  }

  private static void checkLimits(String path, String target) {
    if (path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_KEY_BYTES
        || target.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
      throw new IllegalArgumentException("a redirect past the store's limits: " + path);
    }
  }

  /** UpdateKeys in writes of {@value #KEYS_PER_UPDATE} keys, each all or nothing. */
  @Override
  public void putAll(Map<String, String> targets) {
    targets.forEach(KeyValueStoreRedirects::checkLimits);
    List<Map.Entry<String, String>> entries = new ArrayList<>(targets.entrySet());
    for (int from = 0; from < entries.size(); from += KEYS_PER_UPDATE) {
      Map<String, String> chunk = new LinkedHashMap<>();
      entries.subList(from, Math.min(entries.size(), from + KEYS_PER_UPDATE))
          .forEach(entry -> chunk.put(entry.getKey(), entry.getValue()));
      write(ifMatch -> store.putAll(chunk, ifMatch));
    }
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
