package dev.gazette.local.aws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gaul.s3proxy.CrossOriginResourceSharing;

/**
 * The template's bucket CORS rules as S3Proxy applies them. S3Proxy has one set of rules for all
 * its buckets, not one per bucket: a template whose buckets need different rules is refused
 * rather than served with the wrong ones.
 */
public final class S3CorsRules {

  private S3CorsRules() {
  }

  /** @param byBucket each bucket's CorsRules (AllowedOrigins, AllowedMethods, AllowedHeaders, ExposedHeaders) */
  public static Optional<CrossOriginResourceSharing> of(Map<String, List<Map<String, Object>>> byBucket) {
    List<Map<String, Object>> rules = byBucket.values().stream().flatMap(List::stream).distinct().toList();
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    if (rules.size() > 1) {
      throw new IllegalArgumentException("The template's buckets declare " + rules.size()
          + " different CORS rules; the local S3 (S3Proxy) applies a single rule to every bucket: " + byBucket);
    }
    Map<String, Object> rule = rules.get(0);
    return Optional.of(new CrossOriginResourceSharing(strings(rule, "AllowedOrigins"), strings(rule, "AllowedMethods"),
        anyCase(strings(rule, "AllowedHeaders")), strings(rule, "ExposedHeaders"), "false"));
  }

  // S3 compares header names ignoring case; S3Proxy 3.0 compares them as written, and browsers
  // send Access-Control-Request-Headers in lower case.
  private static List<String> anyCase(List<String> headers) {
    return headers.stream().flatMap(h -> Stream.of(h, h.toLowerCase(Locale.ROOT))).distinct().toList();
  }

  private static List<String> strings(Map<String, Object> rule, String name) {
    return rule.get(name) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }
}
