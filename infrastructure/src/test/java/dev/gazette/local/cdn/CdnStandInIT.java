package dev.gazette.local.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.aws.S3Server;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

class CdnStandInIT {

  private static final String BUCKET = "site";
  private static final String LONG_PAGE = "<p>Le marathon de Paris</p>\n".repeat(60);
  private static S3Server s3Server;
  private static S3Client s3;
  private static CdnStandIn cdn;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    s3Server = S3Server.inMemory(0).start();
    s3 = s3Server.client();
    s3.createBucket(b -> b.bucket(BUCKET));
    put("index.html", "text/html; charset=utf-8", "max-age=60", "<h1>Une</h1>");
    put("articles/marathon/index.html", "text/html; charset=utf-8", "max-age=60, s-maxage=300", "<h1>Marathon</h1>");
    put("articles/marathon.json", "application/json", "max-age=60", "{\"title\":\"Marathon\"}");
    put("assets/site.3f2a.css", "text/css", "public, max-age=31536000, immutable", "body{}");
    put("articles/long/index.html", "text/html; charset=utf-8", "max-age=60", LONG_PAGE);
    put("media/drawing.png", "image/png", "max-age=60", LONG_PAGE);
    s3.putObject(p -> p.bucket(BUCKET).key("assets/site.9b1c.js").contentType("text/javascript").contentEncoding("br"),
        RequestBody.fromString(LONG_PAGE, StandardCharsets.UTF_8));
    cdn = new CdnStandIn(0, s3, BUCKET, CachePolicy.none()).withCompression(Compression.GZIP).start();
  }

  @AfterAll
  static void stop() {
    cdn.close();
    s3.close();
    s3Server.close();
  }

  @Test
  void anObjectIsServedWithItsStoredTypeCacheControlEtagAndLastModified() throws Exception {
    HttpResponse<String> response = get("/articles/marathon.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"title\":\"Marathon\"}");
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(response.headers().firstValue("cache-control")).hasValue("max-age=60");
    assertThat(response.headers().firstValue("etag")).hasValueSatisfying(etag -> assertThat(etag).matches("\"[0-9a-f]{32}\""));
    assertThat(response.headers().firstValue("last-modified")).hasValueSatisfying(d -> assertThat(d).endsWith("GMT"));
  }

  @Test
  void theRootAndFolderPathsServeTheirIndexPage() throws Exception {
    HttpResponse<String> home = get("/");
    assertThat(home.body()).isEqualTo("<h1>Une</h1>");
    assertThat(home.headers().firstValue("content-type").orElseThrow().replace(" ", ""))
        .isEqualTo("text/html;charset=utf-8");
    HttpResponse<String> article = get("/articles/marathon/");
    assertThat(article.body()).isEqualTo("<h1>Marathon</h1>");
    assertThat(article.headers().firstValue("cache-control")).hasValue("max-age=60, s-maxage=300");
  }

  @Test
  void aFolderWithoutItsSlashRedirectsToIt() throws Exception {
    HttpResponse<String> response = get("/articles/marathon");
    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("location")).hasValue("/articles/marathon/");
  }

  @Test
  void aMatchingIfNoneMatchGetsA304WithoutBody() throws Exception {
    String etag = get("/assets/site.3f2a.css").headers().firstValue("etag").orElseThrow();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(cdn.url().resolve("/assets/site.3f2a.css"))
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("etag")).hasValue(etag);

    HttpResponse<String> stale = http.send(HttpRequest.newBuilder(cdn.url().resolve("/assets/site.3f2a.css"))
        .header("If-None-Match", "\"0000\"").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).isEqualTo("body{}");
  }

  @Test
  void headGivesTheHeadersAndLengthWithoutBody() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(cdn.url().resolve("/articles/marathon.json"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("content-length")).hasValue("20");
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
  }

  @Test
  void aMissingPageIsA404WithTheSitesOwnPageOnceItExists() throws Exception {
    HttpResponse<String> builtIn = get("/articles/nowhere/");
    assertThat(builtIn.statusCode()).isEqualTo(404);
    assertThat(builtIn.body()).contains("Not found");

    put("404.html", "text/html; charset=utf-8", "max-age=60", "<h1>Page introuvable</h1>");
    try {
      HttpResponse<String> sitePage = get("/articles/nowhere/");
      assertThat(sitePage.statusCode()).isEqualTo(404);
      assertThat(sitePage.body()).isEqualTo("<h1>Page introuvable</h1>");
    } finally {
      s3.deleteObject(d -> d.bucket(BUCKET).key("404.html"));
    }
  }

  @Test
  void pathsThatClimbOutOfTheSiteAreRefused() throws Exception {
    assertThat(rawStatusLine("/index.html")).contains(" 200 ");
    assertThat(rawStatusLine("/articles/../index.html")).contains(" 400 ");
    assertThat(rawStatusLine("/articles/%2e%2e/%2e%2e/etc/passwd")).contains(" 400 ");
  }

  @Test
  void writingMethodsAreNotAllowed() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(cdn.url().resolve("/index.html"))
        .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("allow")).hasValue("GET, HEAD");
    assertThat(get("/").body()).isEqualTo("<h1>Une</h1>");
  }

  // java.net.http normalises "..", so send the request line by hand as an attacker would.
  private String rawStatusLine(String rawPath) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", cdn.port())) {
      socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return response.lines().findFirst().orElse("");
    }
  }

  @Test
  void aLongPageIsGzippedForAReaderWhoAsksWithAWeakEtagAndVary() throws Exception {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(cdn.url().resolve("/articles/long/"))
        .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-encoding")).hasValue("gzip");
    assertThat(response.headers().allValues("vary")).contains("Accept-Encoding");
    assertThat(response.headers().firstValue("content-length")).hasValue(String.valueOf(response.body().length));
    assertThat(response.body().length).isLessThan(LONG_PAGE.length() / 4);
    try (var gunzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      assertThat(new String(gunzip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(LONG_PAGE);
    }
    String etag = response.headers().firstValue("etag").orElseThrow();
    assertThat(etag).matches("W/\"[0-9a-f]{32}\"");

    HttpResponse<String> again = http.send(HttpRequest.newBuilder(cdn.url().resolve("/articles/long/"))
        .header("Accept-Encoding", "gzip").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void withoutGzipInAcceptEncodingTheSamePageIsSentAsStoredStillVaryingByIt() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(cdn.url().resolve("/articles/long/"))
        .header("Accept-Encoding", "br;q=1, gzip;q=0").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("content-encoding")).isEmpty();
    assertThat(response.headers().allValues("vary")).contains("Accept-Encoding");
    assertThat(response.headers().firstValue("etag")).hasValueSatisfying(etag -> assertThat(etag).startsWith("\""));
    assertThat(response.body()).isEqualTo(LONG_PAGE);
  }

  @Test
  void smallObjectsPicturesAndWhatTheOriginEncodedAreSentAsStored() throws Exception {
    for (String path : List.of("/articles/marathon.json", "/media/drawing.png", "/assets/site.9b1c.js")) {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(cdn.url().resolve(path))
          .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("content-encoding")).as(path)
          .isEqualTo(path.endsWith(".js") ? Optional.of("br") : Optional.empty());
      assertThat(response.headers().allValues("vary")).as(path).isEmpty();
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(cdn.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void put(String key, String contentType, String cacheControl, String body) {
    s3.putObject(p -> p.bucket(BUCKET).key(key).contentType(contentType).cacheControl(cacheControl),
        RequestBody.fromString(body, StandardCharsets.UTF_8));
  }
}
