package dev.gazette.local.cdn;

import com.sun.net.httpserver.Headers;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TemplateNodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * CloudFront's automatic compression, as the template turns it on (the default behaviour's
 * {@code Compress} and its cache policy's {@code EnableAcceptEncodingGzip}): an answer of 200, 403
 * or 404 of 1 000 to 10 000 000 bytes, of a type CloudFront compresses, that the origin did not
 * encode, goes gzipped to a reader whose Accept-Encoding names gzip (not over HTTP/1.0), with
 * {@code Content-Encoding: gzip} and its strong ETag made weak. Brotli, which CloudFront prefers
 * when both are offered, is left out: the JDK has no encoder, and browsers ask for it only over
 * HTTPS, which the local CDN does not speak.
 */
public record Compression(boolean gzip) {

  public static final Compression OFF = new Compression(false);
  public static final Compression GZIP = new Compression(true);

  static final int MIN_BYTES = 1_000;
  static final int MAX_BYTES = 10_000_000;

  /** The Content-Types CloudFront compresses (its developer guide's list). */
  static final Set<String> TYPES = Set.of("application/dash+xml", "application/eot", "application/font",
      "application/font-sfnt", "application/javascript", "application/json", "application/opentype",
      "application/otf", "application/pkcs7-mime", "application/protobuf", "application/rss+xml",
      "application/truetype", "application/ttf", "application/vnd.apple.mpegurl",
      "application/vnd.mapbox-vector-tile", "application/vnd.ms-fontobject", "application/xhtml+xml",
      "application/xml", "application/x-font-opentype", "application/x-font-truetype", "application/x-font-ttf",
      "application/x-httpd-cgi", "application/x-javascript", "application/x-mpegurl", "application/x-opentype",
      "application/x-otf", "application/x-perl", "application/x-ttf", "font/eot", "font/opentype", "font/otf",
      "font/ttf", "image/svg+xml", "text/css", "text/csv", "text/html", "text/javascript", "text/js",
      "text/plain", "text/richtext", "text/tab-separated-values", "text/xml", "text/x-component",
      "text/x-java-source", "text/x-script", "vnd.apple.mpegurl");

  /** What the template's distribution asks of its default behaviour; off for a template without one. */
  public static Compression of(StackTemplate stack) {
    Map<String, Map<String, Object>> resources = TemplateNodes.mapOfMaps(stack.document().get("Resources"));
    Map<String, Object> behaviour = resources.values().stream()
        .filter(resource -> "AWS::CloudFront::Distribution".equals(resource.get("Type"))).findFirst()
        .map(resource -> TemplateNodes.path(resource, "Properties", "DistributionConfig", "DefaultCacheBehavior"))
        .orElse(null);
    if (behaviour == null) {
      return OFF;
    }
    Map<String, Object> policy = resources.get(String.valueOf(TemplateNodes.map(behaviour.get("CachePolicyId")).get("Ref")));
    boolean gzipInCacheKey = policy != null && Boolean.parseBoolean(String.valueOf(TemplateNodes.path(policy,
        "Properties", "CachePolicyConfig", "ParametersInCacheKeyAndForwardedToOrigin").get("EnableAcceptEncodingGzip")));
    return new Compression(gzipInCacheKey && Boolean.parseBoolean(String.valueOf(behaviour.get("Compress"))));
  }

  /** Whether the edge would compress this answer for a reader who asks: it then varies by Accept-Encoding. */
  boolean applies(CachedResponse response) {
    if (!gzip || !(response.status() == 200 || response.status() == 403 || response.status() == 404)) {
      return false;
    }
    Map<String, String> headers = response.headers().values();
    String type = headers.getOrDefault("Content-Type", "").split(";")[0].strip().toLowerCase(Locale.ROOT);
    int size = response.body().length;
    return !headers.containsKey("Content-Encoding") && size >= MIN_BYTES && size <= MAX_BYTES && TYPES.contains(type);
  }

  /** True when the request's Accept-Encoding names gzip with a weight above zero. */
  static boolean acceptsGzip(Headers request, String protocol) {
    if (protocol.equalsIgnoreCase("HTTP/1.0")) {
      return false;
    }
    return request.getOrDefault("Accept-Encoding", java.util.List.of()).stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(coding -> coding.strip().toLowerCase(Locale.ROOT).split(";"))
        .anyMatch(coding -> coding[0].strip().equals("gzip") && Arrays.stream(coding).skip(1)
            .map(String::strip).noneMatch(parameter -> parameter.matches("q=0(\\.0*)?")));
  }

  static byte[] gzipped(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The ETag CloudFront sends with a compressed copy: a strong one made weak, a weak one as it
   * is, none for a value that is neither.
   */
  static String weakened(String etag) {
    if (etag.startsWith("W/")) {
      return etag;
    }
    return etag.startsWith("\"") ? "W/" + etag : null;
  }
}
