package dev.gazette.desk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Puts the built desk ({@code desk/dist}) into the site bucket under {@code desk/}, with the
 * {@code config.json} of the place it runs, as the CDN serves it: the pages and the configuration
 * are revalidated on every load (a release or a new configuration is seen at once), the hashed
 * assets are kept a year. Files whose bytes did not change are not written again.
 */
public final class DeskFiles {

  /**
   * What differs between places the desk runs (the desk's src/config.ts reads the same names);
   * {@code signOutUrl} only for an issuer whose discovery names no end_session_endpoint (Cognito).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DeskConfig(String apiUrl, String issuer, String clientId, String scope, String siteUrl,
      String timeZone, String signOutUrl) {
  }

  public static final String PREFIX = "desk/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
      "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
      "woff2", "font/woff2", "map", "application/json", "txt", "text/plain; charset=utf-8");

  private DeskFiles() {
  }

  /** @return how many objects were written (unchanged ones are not) */
  public static int publish(S3Client s3, String bucket, Path dist, DeskConfig config) {
    int written = 0;
    try (Stream<Path> files = Files.walk(dist)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = dist.relativize(file).toString().replace('\\', '/');
        if (relative.equals("config.json")) {
          continue; // the one of this place is written below
        }
        written += put(s3, bucket, PREFIX + relative, Files.readAllBytes(file)) ? 1 : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the built desk in " + dist, e);
    }
    written += put(s3, bucket, PREFIX + "config.json", configJson(config)) ? 1 : 0;
    return written;
  }

  static byte[] configJson(DeskConfig config) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Hashed by Vite, under assets/: a new build has new names, so a year is safe. */
  static String cacheControl(String key) {
    return key.startsWith(PREFIX + "assets/") ? "public, max-age=31536000, immutable" : "no-cache";
  }

  static String contentType(String key) {
    String extension = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static boolean put(S3Client s3, String bucket, String key, byte[] bytes) {
    String md5 = md5(bytes);
    try {
      // A single-part object's ETag is its MD5: equal means these bytes are already there.
      String etag = s3.headObject(h -> h.bucket(bucket).key(key)).eTag();
      if (etag != null && etag.replace("\"", "").equals(md5)) {
        return false;
      }
    } catch (S3Exception missing) {
      // not there yet
    }
    s3.putObject(p -> p.bucket(bucket).key(key).contentType(contentType(key)).cacheControl(cacheControl(key)),
        RequestBody.fromBytes(bytes));
    return true;
  }

  private static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The scopes the desk asks for: writing, and signing for others where the account may. */
  public static String scopes(List<String> apiScopes) {
    return "openid profile " + String.join(" ", apiScopes);
  }
}
