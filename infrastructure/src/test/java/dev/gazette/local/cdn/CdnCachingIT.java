package dev.gazette.local.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.template.StackTemplate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The CDN stand-in keeps what S3 answers as CloudFront would with the template's cache policy (time moved by hand). */
class CdnCachingIT {

  private static final String BUCKET = "site";
  private final HttpClient http = HttpClient.newHttpClient();
  private final SettableClock clock = new SettableClock();
  private S3Server s3Server;
  private S3Client s3;
  private CdnStandIn cdn;
  private CachePolicy policy;

  @BeforeEach
  void start() {
    s3Server = S3Server.inMemory(0).start();
    s3 = s3Server.client();
    s3.createBucket(b -> b.bucket(BUCKET + Instant.now().toEpochMilli()));
    policy = CachePolicy.of(StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-local",
        Map.of("SiteUrl", "http://localhost:8080")));
    cdn = new CdnStandIn(0, s3, bucket(), policy, clock).start();
  }

  private String bucket() {
    return s3.listBuckets().buckets().get(0).name();
  }

  @AfterEach
  void stop() {
    cdn.close();
    s3.close();
    s3Server.close();
  }

  @Test
  void theCachePolicyIsTheTemplates() {
    assertThat(policy.minTtl()).isEqualTo(Duration.ZERO);
    assertThat(policy.defaultTtl()).isEqualTo(Duration.ofSeconds(300));
    assertThat(policy.maxTtl()).isEqualTo(Duration.ofDays(365));
    assertThat(policy.errorCaching()).containsEntry(404, Duration.ofSeconds(10)).containsEntry(403, Duration.ofSeconds(10));
  }

  @Test
  void aPageIsAMissThenHitsWithItsAgeUntilSMaxAgeRatherThanMaxAgeRunsOut() throws Exception {
    put("articles/a/index.html", "public, max-age=60, s-maxage=120", "v1");
    assertThat(get("/articles/a/").headers().firstValue("x-cache")).hasValue("Miss from cloudfront");
    put("articles/a/index.html", "public, max-age=60, s-maxage=120", "v2");
    clock.advance(Duration.ofSeconds(90));
    HttpResponse<String> hit = get("/articles/a/");
    assertThat(hit.body()).isEqualTo("v1");
    assertThat(hit.headers().firstValue("x-cache")).hasValue("Hit from cloudfront");
    assertThat(hit.headers().firstValue("age")).hasValue("90");
    assertThat(get("/articles/a/index.html").body()).as("the same cache key after the rewrite").isEqualTo("v1");
    clock.advance(Duration.ofSeconds(31));
    HttpResponse<String> refetched = get("/articles/a/");
    assertThat(refetched.body()).isEqualTo("v2");
    assertThat(refetched.headers().firstValue("x-cache")).hasValue("Miss from cloudfront");
  }

  @Test
  void withoutCacheControlAPageKeepsTheDefaultTtlAndAnExpiredUnchangedOneIsARefreshHit() throws Exception {
    put("feed.xml", null, "<feed/>");
    get("/feed.xml");
    clock.advance(Duration.ofSeconds(299));
    assertThat(get("/feed.xml").headers().firstValue("x-cache")).hasValue("Hit from cloudfront");
    clock.advance(Duration.ofSeconds(2));
    HttpResponse<String> revalidated = get("/feed.xml");
    assertThat(revalidated.headers().firstValue("x-cache")).hasValue("RefreshHit from cloudfront");
    assertThat(revalidated.headers().firstValue("age")).hasValue("0");
    assertThat(revalidated.body()).isEqualTo("<feed/>");
  }

  @Test
  void aStalePageIsAnsweredWhileTheEdgeRefetchesItThenTheNewOne() throws Exception {
    put("index.html", "public, max-age=30, s-maxage=30, stale-while-revalidate=30", "une v1");
    get("/");
    put("index.html", "public, max-age=30, s-maxage=30, stale-while-revalidate=30", "une v2");
    clock.advance(Duration.ofSeconds(45));
    HttpResponse<String> stale = get("/");
    assertThat(stale.body()).isEqualTo("une v1");
    assertThat(stale.headers().firstValue("x-cache")).hasValue("RefreshHit from cloudfront");
    assertThat(awaitBody("/", "une v2")).isTrue();
  }

  @Test
  void aMissingPageIsA404KeptTenSecondsThenThePublishedPage() throws Exception {
    put("404.html", "public, max-age=30, s-maxage=30", "introuvable");
    HttpResponse<String> missing = get("/articles/new/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("introuvable");
    put("articles/new/index.html", "public, max-age=60, s-maxage=86400", "publié");
    clock.advance(Duration.ofSeconds(9));
    HttpResponse<String> cached = get("/articles/new/");
    assertThat(cached.statusCode()).isEqualTo(404);
    assertThat(cached.headers().firstValue("x-cache")).hasValue("Hit from cloudfront");
    clock.advance(Duration.ofSeconds(2));
    assertThat(get("/articles/new/").statusCode()).isEqualTo(200);
  }

  @Test
  void anInvalidatedPathAndAWildcardAreFetchedAgainAtOnce() throws Exception {
    put("articles/a/index.html", "public, s-maxage=86400", "a1");
    put("articles/a.json", "public, s-maxage=86400", "{}");
    put("articles/b/index.html", "public, s-maxage=86400", "b1");
    put("topics/t/index.html", "public, s-maxage=86400", "t1");
    List.of("/articles/a/", "/articles/a.json", "/articles/b/", "/topics/t/").forEach(this::getQuietly);
    put("articles/a/index.html", "public, s-maxage=86400", "a2");
    put("articles/b/index.html", "public, s-maxage=86400", "b2");
    put("topics/t/index.html", "public, s-maxage=86400", "t2");
    cdn.invalidate(List.of("/articles/a/index.html"));
    assertThat(get("/articles/a/").body()).isEqualTo("a2");
    assertThat(get("/articles/b/").body()).isEqualTo("b1");
    cdn.invalidate(List.of("/articles/*"));
    assertThat(get("/articles/b/").body()).isEqualTo("b2");
    assertThat(get("/topics/t/").body()).as("outside the wildcard").isEqualTo("t1");
  }

  @Test
  void aReadersConditionalRequestToACachedPageIsA304() throws Exception {
    put("articles/a/index.html", "public, s-maxage=600", "a1");
    String etag = get("/articles/a/").headers().firstValue("etag").orElseThrow();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cdn.url() + "/articles/a/"))
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.headers().firstValue("x-cache")).hasValue("Hit from cloudfront");
  }

  @Test
  void noStoreIsNotKeptAndAFolderRedirectComesFromTheFunction() throws Exception {
    put("private.json", "no-store", "1");
    get("/private.json");
    put("private.json", "no-store", "2");
    assertThat(get("/private.json").body()).isEqualTo("2");
    put("articles/a/index.html", "public, s-maxage=600", "a");
    HttpResponse<String> redirect = get("/articles/a");
    assertThat(redirect.statusCode()).isEqualTo(301);
    assertThat(redirect.headers().firstValue("x-cache")).hasValue("FunctionGeneratedResponse from cloudfront");
  }

  private boolean awaitBody(String path, String body) throws Exception {
    Instant deadline = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(deadline)) {
      if (get(path).body().equals(body)) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private void getQuietly(String path) {
    try {
      get(path);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(cdn.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private void put(String key, String cacheControl, String body) {
    s3.putObject(p -> p.bucket(bucket()).key(key).contentType("text/html; charset=utf-8").cacheControl(cacheControl),
        RequestBody.fromString(body, StandardCharsets.UTF_8));
  }
}
