package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.cdn.SiteKeys;
import dev.gazette.local.template.TemplateNodes;
import dev.gazette.render.EmbedProvider;
import dev.gazette.render.RenderedFile;
import dev.gazette.render.SiteRenderers;
import dev.gazette.site.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
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
        // The header's search box sends q to /recherche/; the head links the web manifest; the
        // search page's script fetches the index.
        .contains("form-action 'self'").contains("manifest-src 'self'").contains("connect-src 'self'");
    assertThat(html).contains("<form role=\"search\" action=\"/recherche/\" method=\"get\">")
        .contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">");
    Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
    while (scripts.find()) {
      assertThat(scripts.group(1)).as("a script the CSP would block").containsAnyOf("src=\"/", "application/ld+json");
    }
  }

  /** The site's viewer-request function, its key value store a fake holding {@code redirects}, as a script for Node. */
  private String function(Map<String, String> redirects) throws Exception {
    String code = String.valueOf(template.properties("SiteIndexRewrite").get("FunctionCode"));
    assertThat(code).startsWith("import cf from 'cloudfront';");
    return "var STORE = " + new ObjectMapper().writeValueAsString(redirects) + ";\n"
        + "var cf = {kvs: function (id) { return {get: async function (key) {"
        + " if (!(key in STORE)) { throw new Error('not found: ' + key); } return STORE[key]; }}; }};\n"
        + code.replace("import cf from 'cloudfront';", "")
        + "\nfunction parse(asked) { var q = asked.indexOf('?'); var querystring = {};"
        + " if (q !== -1) { asked.substring(q + 1).split('&').forEach(function (pair) {"
        + " var eq = pair.indexOf('='); var name = eq === -1 ? pair : pair.substring(0, eq);"
        + " var value = eq === -1 ? '' : pair.substring(eq + 1);"
        + " if (querystring[name]) { var f = querystring[name]; f.multiValue = f.multiValue || [{value: f.value}];"
        + " f.multiValue.push({value: value}); } else { querystring[name] = {value: value}; } }); }"
        + " return {request: {uri: q === -1 ? asked : asked.substring(0, q), querystring: querystring}}; }\n";
  }

  private List<JsonNode> run(Path dir, Map<String, String> redirects, List<String> asked) throws Exception {
    String script = function(redirects) + "Promise.all(" + new ObjectMapper().writeValueAsString(asked)
        + ".map(function (a) { return handler(parse(a)); })).then(function (r) { console.log(JSON.stringify(r)); });\n";
    List<JsonNode> answers = new java.util.ArrayList<>();
    new ObjectMapper().readTree(NodeScript.run(dir, script).get(0)).forEach(answers::add);
    return answers;
  }

  @Test
  void framesAreAllowedFromExactlyThePlayersOfTheEmbedsAndNothingElse() {
    Matcher frames = Pattern.compile("(?:^|;)\\s*frame-src ([^;]*)").matcher(contentSecurityPolicy());
    assertThat(frames.find()).as("a frame-src directive").isTrue();
    assertThat(frames.group(1).trim().split("\\s+")).containsExactlyInAnyOrder(
        Arrays.stream(EmbedProvider.values()).map(EmbedProvider::frameOrigin).distinct().toArray(String[]::new));
    assertThat(contentSecurityPolicy()).contains("default-src 'none'").doesNotContain("child-src");
  }

  @Test
  void theCdnFunctionServesFoldersFromTheirIndexPageAsTheLocalCdnDoes(@TempDir Path dir) throws Exception {
    List<String> paths = List.of("/", "/articles/le-port/", "/topics/economie/2026-11/", "/feed.xml",
        "/articles/le-port.json", "/assets/recommended.1a2b3c4d.js", "/404.html");
    List<String> asked = new java.util.ArrayList<>(paths);
    asked.add("/articles/le-port");
    List<JsonNode> answers = run(dir, Map.of(), asked);
    for (int i = 0; i < paths.size(); i++) {
      assertThat(answers.get(i).get("uri").asText()).as(paths.get(i))
          .isEqualTo("/" + SiteKeys.forPath(paths.get(i)).orElseThrow());
    }
    JsonNode redirect = answers.get(paths.size());
    assertThat(redirect.get("statusCode").asInt()).isEqualTo(301);
    assertThat(redirect.get("headers").get("location").get("value").asText()).isEqualTo("/articles/le-port/");
  }

  @Test
  void anOldAddressInTheStoreAnswers301AsTheLocalCdnsReadingOfTheSameStoreDoes(@TempDir Path dir) throws Exception {
    Map<String, String> redirects = Map.of(
        "/articles/ancien-titre/", "/articles/nouveau-titre/",
        "/articles/ancien-titre.json", "/articles/nouveau-titre.json",
        "/2019/10/19/un-vieil-article/", "/articles/un-vieil-article/",
        "/?p=123", "/articles/un-vieil-article/");
    List<String> asked = List.of("/articles/ancien-titre/", "/articles/ancien-titre", "/articles/ancien-titre.json",
        "/articles/ancien-titre/?utm_source=lettre", "/2019/10/19/un-vieil-article/", "/?p=123",
        "/?p=124", "/?utm_source=x&p=123", "/articles/nouveau-titre/", "/feed.xml");
    List<JsonNode> answers = run(dir, redirects, asked);
    dev.gazette.local.cdn.RedirectLookup local = new dev.gazette.local.cdn.RedirectLookup(
        key -> java.util.Optional.ofNullable(redirects.get(key)));
    for (int i = 0; i < asked.size(); i++) {
      String one = asked.get(i);
      int q = one.indexOf('?');
      java.util.Optional<String> expected = local.locationFor(q < 0 ? one : one.substring(0, q), q < 0 ? null : one.substring(q + 1));
      JsonNode answer = answers.get(i);
      if (expected.isPresent()) {
        assertThat(answer.path("statusCode").asInt()).as(one).isEqualTo(301);
        assertThat(answer.get("headers").get("location").get("value").asText()).as(one).isEqualTo(expected.get());
        assertThat(answer.get("headers").get("cache-control").get("value").asText()).as(one).isEqualTo("max-age=3600");
      } else {
        assertThat(answer.has("statusCode")).as(one + " is passed on to the cache").isFalse();
      }
    }
    assertThat(answers.get(0).get("headers").get("location").get("value").asText()).isEqualTo("/articles/nouveau-titre/");
    assertThat(answers.get(1).get("headers").get("location").get("value").asText()).isEqualTo("/articles/nouveau-titre/");
    assertThat(answers.get(3).get("headers").get("location").get("value").asText())
        .isEqualTo("/articles/nouveau-titre/?utm_source=lettre");
    assertThat(answers.get(5).get("headers").get("location").get("value").asText()).isEqualTo("/articles/un-vieil-article/");
    // A permalink's key is its exact query: other parameters beside it are another address.
    assertThat(answers.get(7).has("statusCode")).isFalse();
    assertThat(answers.get(6).has("statusCode")).isFalse();
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
