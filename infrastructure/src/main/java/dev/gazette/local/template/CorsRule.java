package dev.gazette.local.template;

import java.util.List;

/**
 * One CORS rule of a bucket of the template (CorsConfiguration.CorsRules), resolved: which
 * browser origins may send which methods and headers, and for how long a preflight holds.
 */
public record CorsRule(String bucketLogicalId, List<String> allowedOrigins, List<String> allowedMethods,
    List<String> allowedHeaders, List<String> exposedHeaders, int maxAgeSeconds) {

  public CorsRule {
    allowedOrigins = List.copyOf(allowedOrigins);
    allowedMethods = List.copyOf(allowedMethods);
    allowedHeaders = List.copyOf(allowedHeaders);
    exposedHeaders = List.copyOf(exposedHeaders);
  }
}
