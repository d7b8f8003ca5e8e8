package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.cdn.SiteKeys;
import dev.gazette.local.template.TemplateNodes;
import dev.gazette.render.RenderedFile;
import dev.gazette.render.SiteRenderers;
import dev.gazette.site.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CDN of template.yaml against the pages: the CSP they must satisfy, the index rewrite. */
class SiteCdnTest {
  private final DeployedTemplate template = new DeployedTemplate();

  private String contentSecurityPolicy() {
    return String.valueOf(TemplateNodes.path(template.properties("SiteHeadersPolicy"), "ResponseHeadersPolicyConfig",
        "SecurityHeadersConfig", "ContentSecurityPolicy").get("ContentSecurityPolicy"));
  }

  @Test
  void theContentSecurityPolicyAllowsThePagesInlineStyleByItsHashAndNoInlineScript() throws Exception {
    RenderedFile page = SiteRenderers.of(Site.from(Map.of("SITE_URL", "https://news.example.org"))).statics().all().stream()
        .filter(file -> file.key().equals("404.html")).findFirst().orElseThrow();
    String html = new String(page.bytes(), StandardCharsets.UTF_8);
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).as("the layout's inline style").isTrue();
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(contentSecurityPolicy()).contains("style-src 'sha256-" + hash + "'")
        .contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'")
        // The search page's form submits to the site itself, and its script fetches the index.
        .contains("form-action 'self'").contains("connect-src 'self'");
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
    while (scripts.find()) {
      assertThat(scripts.group(1)).as("a script the CSP would block").containsAnyOf("src=\"/", "application/ld+json");
    }
  }

  @Test
  void theCdnFunctionServesFoldersFromTheirIndexPageAsTheLocalCdnDoes(@TempDir Path dir) throws Exception {
    String code = String.valueOf(template.rawProperties("SiteIndexRewrite").get("FunctionCode"));
    List<String> paths = List.of("/", "/articles/le-port/", "/topics/economie/2026-11/", "/feed.xml",
        "/articles/le-port.json", "/assets/recommended.1a2b3c4d.js", "/404.html");
    Path script = dir.resolve("rewrite.js");
    Files.writeString(script, code + "\nconst paths = " + new ObjectMapper().writeValueAsString(paths) + ";\n"
        + "console.log(JSON.stringify(paths.map(uri => handler({request: {uri: uri}}))));\n"
        + "console.log(JSON.stringify(handler({request: {uri: '/articles/le-port'}})));\n");
    Process node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true).start();
    assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String[] lines = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
    JsonNode rewritten = new ObjectMapper().readTree(lines[0]);
    for (int i = 0; i < paths.size(); i++) {
      assertThat(rewritten.get(i).get("uri").asText()).as(paths.get(i))
          .isEqualTo("/" + SiteKeys.forPath(paths.get(i)).orElseThrow());
    }
    JsonNode redirect = new ObjectMapper().readTree(lines[1]);
    assertThat(redirect.get("statusCode").asInt()).isEqualTo(301);
    assertThat(redirect.get("headers").get("location").get("value").asText()).isEqualTo("/articles/le-port/");
  }

  @Test
  void aMissingPageIsCachedTenSecondsSoThatAPublishedLinkWorksWithinThem() {
    List<?> errors = TemplateNodes.list(TemplateNodes.path(template.properties("SiteDistribution"), "DistributionConfig")
        .get("CustomErrorResponses"));
    assertThat(errors).hasSize(2).allSatisfy(error -> assertThat(TemplateNodes.map(error)).containsEntry("ErrorCachingMinTTL", 10));
  }

  @Test
  void failedInvalidationsAreAlarmedOnThePublishersMetric() {
    assertThat(template.ofType("AWS::CloudWatch::Alarm")).anySatisfy(alarm -> {
      Map<String, Object> properties = template.rawProperties(alarm);
      assertThat(properties).containsEntry("Namespace", "Gazette").containsEntry("MetricName", "FailedInvalidations")
          .containsEntry("Threshold", 0).containsEntry("ComparisonOperator", "GreaterThanThreshold");
      assertThat(properties.get("Dimensions").toString()).contains("PublisherFunction");
      assertThat(properties.get("AlarmActions").toString()).contains("AlarmTopic");
    });
  }

  @Test
  void thePublisherIsToldTheDistributionItInvalidates() {
    assertThat(TemplateNodes.path(template.rawProperties("PublisherFunction"), "Environment", "Variables").get("DISTRIBUTION_ID"))
        .isEqualTo(Map.of("Ref", "SiteDistribution"));
  }
}
