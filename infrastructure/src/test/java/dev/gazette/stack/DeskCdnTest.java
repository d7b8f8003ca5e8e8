package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.cdn.DeskHeaders;
import dev.gazette.local.template.TemplateNodes;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' desk on the CDN: served from the site's bucket under /desk/, never cached at the
 * edge without its own Cache-Control, kept from search engines, and a Content-Security-Policy that
 * lets it reach only its API, its uploads and its identity provider.
 */
class DeskCdnTest {
  private static final String API = "https://gazette-local-EditorApi.execute-api.us-east-1.amazonaws.com";
  private static final String COGNITO = "https://cognito-idp.us-east-1.amazonaws.com";
  private static final String HOSTED_UI = "https://gazette-desk-local.auth.us-east-1.amazoncognito.com";

  private final DeployedTemplate template = new DeployedTemplate();

  private Map<String, Object> deskBehaviour(DeployedTemplate deployed) {
    List<?> behaviours = TemplateNodes.list(TemplateNodes.path(deployed.rawProperties("SiteDistribution"),
        "DistributionConfig").get("CacheBehaviors"));
    return behaviours.stream().map(TemplateNodes::map).filter(behaviour -> "/desk/*".equals(behaviour.get("PathPattern")))
        .findFirst().orElseThrow(() -> new AssertionError("no /desk/* behaviour in " + behaviours));
  }

  @Test
  void theDeskIsServedFromTheSiteBucketWithTheIndexRewriteAndItsOwnPolicies() {
    Map<String, Object> desk = deskBehaviour(template);
    Map<String, Object> site = TemplateNodes.path(template.rawProperties("SiteDistribution"), "DistributionConfig",
        "DefaultCacheBehavior");
    assertThat(desk.get("TargetOriginId")).isEqualTo(site.get("TargetOriginId"));
    assertThat(desk).containsEntry("ViewerProtocolPolicy", "redirect-to-https").containsEntry("Compress", true);
    Map<String, String> functions = new LinkedHashMap<>();
    TemplateNodes.list(desk.get("FunctionAssociations")).stream().map(TemplateNodes::map)
        .forEach(association -> functions.put(String.valueOf(association.get("EventType")),
            DeployedTemplate.target(association.get("FunctionARN"))));
    assertThat(functions).containsExactlyInAnyOrderEntriesOf(
        Map.of("viewer-request", "SiteIndexRewrite", "viewer-response", "DeskHeaders"));
    assertThat(DeployedTemplate.target(desk.get("ResponseHeadersPolicyId"))).isEqualTo("DeskHeadersPolicy")
        .isNotEqualTo(DeployedTemplate.target(site.get("ResponseHeadersPolicyId")));
  }

  @Test
  void theDesksPagesAreNeverKeptAtTheEdgeUnlessTheySaySoAndItsHashedAssetsKeepAYear() {
    Map<String, Object> policy = TemplateNodes.path(
        template.properties(DeployedTemplate.target(deskBehaviour(template).get("CachePolicyId"))), "CachePolicyConfig");
    assertThat(policy).containsEntry("MinTTL", 0).containsEntry("DefaultTTL", 0);
    assertThat((Integer) policy.get("MaxTTL")).isGreaterThanOrEqualTo(31_536_000);
    assertThat(TemplateNodes.path(policy, "ParametersInCacheKeyAndForwardedToOrigin", "QueryStringsConfig"))
        .as("callback.html?code=... is one object").containsEntry("QueryStringBehavior", "none");
  }

  @Test
  void theDeskIsNotForSearchEnginesNeverFramedAndSendsNoReferrer() {
    Map<String, Object> config = TemplateNodes.path(template.properties("DeskHeadersPolicy"), "ResponseHeadersPolicyConfig");
    assertThat(TemplateNodes.list(TemplateNodes.path(config, "CustomHeadersConfig").get("Items")))
        .anySatisfy(header -> assertThat(TemplateNodes.map(header)).containsEntry("Header", "X-Robots-Tag")
            .containsEntry("Override", true)
            .satisfies(h -> assertThat(String.valueOf(h.get("Value"))).startsWith("noindex")));
    Map<String, Object> security = TemplateNodes.path(config, "SecurityHeadersConfig");
    assertThat(TemplateNodes.path(security, "FrameOptions")).containsEntry("FrameOption", "DENY");
    assertThat(TemplateNodes.path(security, "ReferrerPolicy")).containsEntry("ReferrerPolicy", "no-referrer");
    assertThat(TemplateNodes.path(security, "ContentTypeOptions")).containsEntry("Override", true);
    assertThat((Integer) TemplateNodes.path(security, "StrictTransportSecurity").get("AccessControlMaxAgeSec"))
        .isGreaterThanOrEqualTo(31_536_000);
    assertThat(security).as("the CSP is DeskHeaders'").doesNotContainKey("ContentSecurityPolicy");
  }

  @Test
  void theDeskReachesItsApiItsUploadsAndItsIdentityProviderAndNothingElse(@TempDir Path dir) throws Exception {
    String written = String.valueOf(template.output("DeskConnectSources"));
    assertThat(written.split(" ")).contains(API, "https://gazette-local-uploadsbucket.s3.us-east-1.amazonaws.com");
    Map<String, List<String>> csp = policy(template, dir, written);
    assertThat(csp.get("connect-src")).containsExactlyElementsOf(
        concat(List.of("'self'", COGNITO, HOSTED_UI), Arrays.asList(written.split(" "))));
    assertThat(csp.get("form-action")).containsExactly(HOSTED_UI);
    assertThat(csp.get("default-src")).containsExactly("'none'");
    assertThat(csp.get("script-src")).containsExactly("'self'");
    assertThat(csp.get("base-uri")).containsExactly("'none'");
    assertThat(csp.get("frame-ancestors")).containsExactly("'none'");
  }

  @Test
  void theLocalCdnGivesTheDeskTheSamePolicyWithTheLocalCloudsAddresses(@TempDir Path dir) throws Exception {
    Map<String, List<String>> aws = policy(template, dir, String.valueOf(template.output("DeskConnectSources")));
    URI api = URI.create("http://localhost:3000");
    URI identity = URI.create("http://localhost:3001");
    Map<String, List<String>> local = directives(DeskHeaders.of(api, identity, URI.create("http://127.0.0.1:9000"),
        aws.get("style-src").get(1)).get("Content-Security-Policy"));
    assertThat(local.keySet()).containsExactlyInAnyOrderElementsOf(aws.keySet());
    aws.forEach((directive, sources) -> {
      if (!directive.equals("connect-src") && !directive.equals("form-action")) {
        assertThat(local.get(directive)).as(directive).isEqualTo(sources);
      }
    });
    assertThat(local.get("connect-src")).containsExactly("'self'", "http://localhost:3000", "http://localhost:3001",
        "http://127.0.0.1:9000");
    assertThat(local.get("form-action")).containsExactly("http://localhost:3001");
  }

  @Test
  void whatTheStoreHoldsCannotWidenThePolicyAndItsAbsenceLeavesOnlyTheIdentityProvider(@TempDir Path dir)
      throws Exception {
    Map<String, List<String>> widened = policy(template, dir,
        API + " https://*.amazonaws.com * https: https://evil.example;script-src http://plain.example");
    assertThat(widened.get("connect-src")).containsExactly("'self'", COGNITO, HOSTED_UI, API);
    assertThat(widened.get("script-src")).containsExactly("'self'");
    assertThat(policy(template, dir, null).get("connect-src")).containsExactly("'self'", COGNITO, HOSTED_UI);
  }

  @Test
  void thePreviewShowsTheReadersPageInASandboxedFrameThatInheritsThePolicy(@TempDir Path dir) throws Exception {
    Map<String, List<String>> desk = policy(template, dir, API);
    String site = String.valueOf(TemplateNodes.path(template.properties("SiteHeadersPolicy"), "ResponseHeadersPolicyConfig",
        "SecurityHeadersConfig", "ContentSecurityPolicy").get("ContentSecurityPolicy"));
    List<String> siteStyles = directives(site).get("style-src");
    assertThat(siteStyles).isNotEmpty().allSatisfy(source -> assertThat(source).startsWith("'sha256-"));
    assertThat(desk.get("style-src")).contains("'self'").containsAll(siteStyles).doesNotContain("'unsafe-inline'");
    assertThat(desk.get("frame-src")).containsExactly("'self'");
    assertThat(desk.get("img-src")).contains("'self'", "blob:", "data:");
  }

  @Test
  void anIssuerOfYourOwnIsTheIdentityProviderThePolicyAllows(@TempDir Path dir) throws Exception {
    DeployedTemplate own = new DeployedTemplate(Map.of("EditorTokenIssuer", "https://id.example.org/realms/news"));
    Map<String, List<String>> csp = policy(own, dir, API);
    assertThat(csp.get("connect-src")).containsExactly("'self'", "https://id.example.org", API);
    assertThat(csp.get("form-action")).containsExactly("https://id.example.org");
  }

  @Test
  void theApiAndTheUploadsAllowTheDesksOriginTheSiteUnlessEditorOriginIsSet() {
    String cdn = "https://" + template.resolve(Map.of("Fn::GetAtt", List.of("SiteDistribution", "DomainName")));
    assertThat(corsOrigins(template)).containsExactly(List.of(cdn), List.of(cdn));
    assertThat(corsOrigins(new DeployedTemplate(Map.of("SiteUrl", "https://news.example.org"))))
        .containsExactly(List.of("https://news.example.org"), List.of("https://news.example.org"));
    assertThat(corsOrigins(new DeployedTemplate(Map.of("SiteUrl", "https://news.example.org",
        "EditorOrigin", "https://desk.example.org"))))
        .containsExactly(List.of("https://desk.example.org"), List.of("https://desk.example.org"));
  }

  @Test
  void theDistributionDependsOnNeitherTheApiNorTheUploadsNorTheUserPool() {
    assertThat(template.dependenciesOf("EditorApi")).as("the API knows the site: the other way round would loop")
        .contains("SiteDistribution", "DeskAppClient", "EditorUserPool");
    assertThat(template.dependenciesOf("UploadsBucket")).contains("SiteDistribution");
    assertThat(template.dependenciesOf("SiteDistribution"))
        .contains("DeskHeaders", "DeskHeadersPolicy", "DeskCachePolicy")
        .doesNotContain("EditorApi", "UploadsBucket", "EditorUserPool", "DeskAppClient", "EditorAuthDomain",
            "ArticlesApiFunction");
  }

  /** The API's CorsConfiguration origins, then the uploads bucket's. */
  private static List<Object> corsOrigins(DeployedTemplate deployed) {
    Object api = TemplateNodes.path(deployed.properties("EditorApi"), "CorsConfiguration").get("AllowOrigins");
    Object uploads = TemplateNodes.map(TemplateNodes.list(TemplateNodes.path(deployed.properties("UploadsBucket"),
        "CorsConfiguration").get("CorsRules")).get(0)).get("AllowedOrigins");
    return List.of(api, uploads);
  }

  /** The CSP DeskHeaders sets on a response when DeskSettings holds {@code written} as connect-src (null: absent). */
  static Map<String, List<String>> policy(DeployedTemplate deployed, Path dir, String written) throws Exception {
    String code = String.valueOf(deployed.properties("DeskHeaders").get("FunctionCode"));
    assertThat(code).startsWith("import cf from 'cloudfront';");
    String store = "var cf = {kvs: function (id) { return {get: async function (key) {"
        + " if (key !== 'connect-src' || WRITTEN === null) { throw new Error('not found: ' + key); }"
        + " return WRITTEN; }}; }};\n";
    String script = "var WRITTEN = " + new ObjectMapper().writeValueAsString(written) + ";\n" + store
        + code.replace("import cf from 'cloudfront';", "")
        + "\nhandler({response: {statusCode: 200, headers: {}}}).then(function (r) {"
        + " console.log(r.headers['content-security-policy'].value); });\n";
    return directives(NodeScript.run(dir, script).get(0));
  }

  private static Map<String, List<String>> directives(String policy) {
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String directive : policy.trim().split("\\s*;\\s*")) {
      List<String> parts = Arrays.asList(directive.trim().split("\\s+"));
      directives.put(parts.get(0), parts.subList(1, parts.size()));
    }
    return directives;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
