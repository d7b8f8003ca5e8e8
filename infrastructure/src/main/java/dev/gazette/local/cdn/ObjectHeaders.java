package dev.gazette.local.cdn;

import com.sun.net.httpserver.Headers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** The headers a CDN passes on from a stored object, and the conditional-request check against them. */
record ObjectHeaders(Map<String, String> values, String etag, Instant lastModified) {

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  static ObjectHeaders of(HeadObjectResponse head) {
    return of(head.contentType(), head.cacheControl(), head.contentEncoding(), head.contentLanguage(),
        head.contentDisposition(), head.eTag(), head.lastModified(), head.metadata());
  }

  static ObjectHeaders of(GetObjectResponse get) {
    return of(get.contentType(), get.cacheControl(), get.contentEncoding(), get.contentLanguage(),
        get.contentDisposition(), get.eTag(), get.lastModified(), get.metadata());
  }

  private static ObjectHeaders of(String contentType, String cacheControl, String contentEncoding,
      String contentLanguage, String contentDisposition, String etag, Instant lastModified,
      Map<String, String> metadata) {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, "Content-Type", contentType == null ? "application/octet-stream" : contentType);
    put(values, "Cache-Control", cacheControl);
    put(values, "Content-Encoding", contentEncoding);
    put(values, "Content-Language", contentLanguage);
    put(values, "Content-Disposition", contentDisposition);
    put(values, "ETag", etag);
    put(values, "Last-Modified", lastModified == null ? null : HTTP_DATE.format(lastModified));
    metadata.forEach((name, value) -> values.put("x-amz-meta-" + name, value));
    return new ObjectHeaders(values, etag, lastModified);
  }

  /** Only a Content-Type: the CDN's own page when the site has none. */
  static ObjectHeaders plain(String contentType) {
    return new ObjectHeaders(Map.of("Content-Type", contentType), null, null);
  }

  /** The headers of the 404 page sent for another path: its ETag and date belong to the page, not the path. */
  ObjectHeaders withoutValidators() {
    Map<String, String> kept = new LinkedHashMap<>(values);
    kept.remove("ETag");
    kept.remove("Last-Modified");
    return new ObjectHeaders(kept, null, null);
  }

  void copyTo(Headers headers) {
    values.forEach(headers::set);
  }

  /** True when the request's If-None-Match (or, without it, If-Modified-Since) says the reader's copy is current. */
  boolean notModifiedFor(Headers request) {
    String ifNoneMatch = request.getFirst("If-None-Match");
    if (ifNoneMatch != null) {
      return etag != null && Arrays.stream(ifNoneMatch.split(","))
          .map(String::trim)
          .anyMatch(tag -> tag.equals("*") || weakless(tag).equals(weakless(etag)));
    }
    String ifModifiedSince = request.getFirst("If-Modified-Since");
    if (ifModifiedSince == null || lastModified == null) {
      return false;
    }
    try {
      Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !lastModified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String weakless(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static void put(Map<String, String> values, String name, String value) {
    if (value != null) {
      values.put(name, value);
    }
  }
}
