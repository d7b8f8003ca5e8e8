package dev.gazette.local.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.template.StackTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompressionTest {

  @Test
  void theTemplatesDistributionCompressesWithGzip() {
    StackTemplate stack = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-local",
        Map.of("SiteUrl", "http://x"));
    assertThat(Compression.of(stack)).isEqualTo(Compression.GZIP);
  }

  @Test
  void gzipIsAcceptedWhenNamedWithAWeightAboveZeroAndNotOverHttp10() {
    assertThat(Compression.acceptsGzip(acceptEncoding("gzip, deflate, br"), "HTTP/1.1")).isTrue();
    assertThat(Compression.acceptsGzip(acceptEncoding("br;q=1.0, GZIP;q=0.5"), "HTTP/1.1")).isTrue();
    assertThat(Compression.acceptsGzip(acceptEncoding("gzip;q=0"), "HTTP/1.1")).isFalse();
    assertThat(Compression.acceptsGzip(acceptEncoding("deflate, br"), "HTTP/1.1")).isFalse();
    assertThat(Compression.acceptsGzip(new Headers(), "HTTP/1.1")).isFalse();
    assertThat(Compression.acceptsGzip(acceptEncoding("gzip"), "HTTP/1.0")).isFalse();
  }

  @Test
  void onlyTextTypesOfAThousandBytesToTenMegabytesNotYetEncodedAndOf200403Or404AreCompressed() {
    assertThat(Compression.GZIP.applies(answer(200, "text/html; charset=utf-8", 1_000))).isTrue();
    assertThat(Compression.GZIP.applies(answer(404, "text/html; charset=utf-8", 5_000))).isTrue();
    assertThat(Compression.GZIP.applies(answer(200, "application/javascript", 5_000))).isTrue();
    assertThat(Compression.GZIP.applies(answer(200, "image/svg+xml", 5_000))).isTrue();
    assertThat(Compression.GZIP.applies(answer(200, "text/html; charset=utf-8", 999))).isFalse();
    assertThat(Compression.GZIP.applies(answer(200, "image/jpeg", 5_000))).isFalse();
    assertThat(Compression.GZIP.applies(answer(500, "text/html", 5_000))).isFalse();
    assertThat(Compression.OFF.applies(answer(200, "text/html", 5_000))).isFalse();
    CachedResponse encoded = new CachedResponse(200, new ObjectHeaders(Map.of("Content-Type", "text/css",
        "Content-Encoding", "br"), null, null), new byte[5_000], Instant.EPOCH, Freshness.of(200, null, CachePolicy.none()));
    assertThat(Compression.GZIP.applies(encoded)).isFalse();
  }

  @Test
  void aStrongEtagIsMadeWeakAWeakOneKeptAndAnInvalidOneDropped() {
    assertThat(Compression.weakened("\"abc\"")).isEqualTo("W/\"abc\"");
    assertThat(Compression.weakened("W/\"abc\"")).isEqualTo("W/\"abc\"");
    assertThat(Compression.weakened("abc")).isNull();
  }

  private static Headers acceptEncoding(String value) {
    Headers headers = new Headers();
    headers.add("Accept-Encoding", value);
    return headers;
  }

  private static CachedResponse answer(int status, String contentType, int size) {
    return new CachedResponse(status, ObjectHeaders.plain(contentType), new byte[size], Instant.EPOCH,
        Freshness.of(status, null, new CachePolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO, Map.of())));
  }
}
