package dev.gazette.bench.live;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The CDN's origin, the site bucket, looked at directly with cheap requests: a reader cannot
 * know an article's URL before the POST answers, and asking the CDN too early would cache its
 * 404 (CloudFront keeps one about ten seconds), so the bench asks the CDN only once the origin
 * has the page.
 */
final class OriginBucket {
  private final S3Client s3;
  private final String bucket;
  private final Map<String, Fetched> fetched = new HashMap<>();

  private record Fetched(String etag, String text) {}

  OriginBucket(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** One HEAD: is the object there? */
  boolean has(String key) {
    try {
      s3.headObject(request -> request.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  /** One listing: the keys under this prefix (a burst's article pages, in one request rather than one each). */
  Set<String> keysUnder(String prefix) {
    return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
        .map(object -> object.key()).collect(Collectors.toSet());
  }

  /**
   * The text of the object, fetched again only when it changed (a conditional GET answers 304
   * otherwise); empty while it does not exist.
   */
  Optional<String> text(String key) {
    Fetched before = fetched.get(key);
    try {
      var response = s3.getObjectAsBytes(request -> {
        request.bucket(bucket).key(key);
        if (before != null) {
          request.ifNoneMatch(before.etag());
        }
      });
      Fetched now = new Fetched(response.response().eTag(), response.asUtf8String());
      fetched.put(key, now);
      return Optional.of(now.text());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 304 && before != null) {
        return Optional.of(before.text());
      }
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
