package dev.gazette.local.cdn;

import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.TemplateNodes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How long the local CDN keeps what the origin answers, as the template's distribution says: the
 * TTL bounds of its default behaviour's cache policy and the ErrorCachingMinTTL of its custom
 * error responses (CloudFront's 10 s for an error code the template does not name).
 */
public record CachePolicy(Duration minTtl, Duration defaultTtl, Duration maxTtl, Map<Integer, Duration> errorCaching) {

  /** CloudFront's error caching when no custom error response names the code. */
  static final Duration DEFAULT_ERROR_CACHING = Duration.ofSeconds(10);

  public CachePolicy {
    errorCaching = Map.copyOf(errorCaching);
  }

  Duration errorCaching(int status) {
    return errorCaching.getOrDefault(status, DEFAULT_ERROR_CACHING);
  }

  /** The policy of the template's one distribution: its DefaultCacheBehavior's CachePolicyId, a policy of the template. */
  public static CachePolicy of(StackTemplate stack) {
    Map<String, Map<String, Object>> resources = TemplateNodes.mapOfMaps(stack.document().get("Resources"));
    Map<String, Object> distribution = resources.values().stream()
        .filter(resource -> "AWS::CloudFront::Distribution".equals(resource.get("Type"))).findFirst()
        .map(resource -> TemplateNodes.path(resource, "Properties", "DistributionConfig"))
        .orElseThrow(() -> new IllegalStateException("The template declares no CloudFront distribution"));
    Object policyRef = TemplateNodes.path(distribution, "DefaultCacheBehavior").get("CachePolicyId");
    Object policyId = TemplateNodes.map(policyRef).get("Ref");
    Map<String, Object> policy = resources.get(String.valueOf(policyId));
    if (policy == null || !"AWS::CloudFront::CachePolicy".equals(policy.get("Type"))) {
      throw new IllegalArgumentException("The local CDN runs a distribution whose DefaultCacheBehavior has"
          + " CachePolicyId: !Ref <an AWS::CloudFront::CachePolicy of the template>, not " + policyRef);
    }
    Map<String, Object> config = TemplateNodes.map(stack.resolve(TemplateNodes.path(policy, "Properties", "CachePolicyConfig")));
    Map<Integer, Duration> errors = new HashMap<>();
    for (Object node : TemplateNodes.list(stack.resolve(distribution.get("CustomErrorResponses")))) {
      Map<String, Object> response = TemplateNodes.map(node);
      if (response.get("ErrorCachingMinTTL") != null) {
        errors.put(Integer.parseInt(String.valueOf(response.get("ErrorCode"))), seconds(response.get("ErrorCachingMinTTL")));
      }
    }
    return new CachePolicy(seconds(config.get("MinTTL")), seconds(config.get("DefaultTTL")),
        seconds(config.get("MaxTTL")), errors);
  }

  /** A policy that keeps nothing: the CDN as a window onto the bucket (tests that read what was just written). */
  public static CachePolicy none() {
    return new CachePolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO, Map.of(404, Duration.ZERO, 403, Duration.ZERO));
  }

  private static Duration seconds(Object value) {
    return Duration.ofSeconds(Long.parseLong(String.valueOf(value)));
  }
}
