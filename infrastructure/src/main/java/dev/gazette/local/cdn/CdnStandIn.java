package dev.gazette.local.cdn;

import com.sun.net.httpserver.HttpExchange;
import dev.gazette.local.http.LocalHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What readers reach in the local cloud: the site bucket served read-only over HTTP and cached as
 * CloudFront caches it (see {@link Freshness}): by the path after the template's rewrite function,
 * with Age and X-Cache headers, stale-while-revalidate, errors kept their ErrorCachingMinTTL,
 * expired copies revalidated with the origin (a 304 is a RefreshHit), readers' conditional
 * requests answered with 304, and paths forgotten at once when invalidated.
 */
public final class CdnStandIn implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CdnStandIn.class);
  private static final byte[] DEFAULT_NOT_FOUND = ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
      + "<title>Not found</title><h1>Not found</h1><p>There is no page at this address.</p></html>\n")
      .getBytes(StandardCharsets.UTF_8);
  static final String HIT = "Hit from cloudfront";
  static final String MISS = "Miss from cloudfront";
  static final String REFRESH_HIT = "RefreshHit from cloudfront";
  static final String FUNCTION_RESPONSE = "FunctionGeneratedResponse from cloudfront";

  private final S3Client s3;
  private final String bucket;
  private final CachePolicy policy;
  private final Clock clock;
  private final EdgeCache cache = new EdgeCache(20_000, 256L * 1024 * 1024);
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "cdn-refresh");
    thread.setDaemon(true);
    return thread;
  });
  private final LocalHttpServer server;
  private final Map<String, Map<String, String>> headersByPrefix = new ConcurrentHashMap<>();
  private volatile RedirectLookup redirects = new RedirectLookup(path -> Optional.empty());
  private volatile Compression compression = Compression.OFF;

  /** @param s3 a client of the local S3; the caller keeps ownership and closes it */
  public CdnStandIn(int port, S3Client s3, String bucket, CachePolicy policy) {
    this(port, s3, bucket, policy, Clock.systemUTC());
  }

  CdnStandIn(int port, S3Client s3, String bucket, CachePolicy policy, Clock clock) {
    this.s3 = s3;
    this.bucket = bucket;
    this.policy = policy;
    this.clock = clock;
    this.server = new LocalHttpServer("cdn", port, this::handle);
  }

  public CdnStandIn start() {
    server.start();
    LOG.info("Site (CDN) on {}", url());
    return this;
  }

  public int port() {
    return server.port();
  }

  public URI url() {
    return server.url();
  }

  /**
   * Adds these headers to every answer under {@code pathPrefix}, as a cache behaviour's response
   * headers policy does (they override the object's own).
   */
  public CdnStandIn withHeaders(String pathPrefix, Map<String, String> headers) {
    headersByPrefix.put(pathPrefix, Map.copyOf(headers));
    return this;
  }

  /**
   * Answers the addresses in this store with a 301 before the cache, as the site's viewer-request
   * function does with its key value store (browsers keep the answer an hour).
   */
  public CdnStandIn withRedirects(RedirectLookup lookup) {
    this.redirects = lookup;
    return this;
  }

  /** Compresses answers as the distribution's behaviour says (see {@link Compression}). */
  public CdnStandIn withCompression(Compression compression) {
    this.compression = compression;
    return this;
  }

  /** Forgets these cache keys at once (exact paths, or prefixes ending in {@code *}), as an invalidation does. */
  public void invalidate(Collection<String> paths) {
    int dropped = cache.invalidate(paths);
    LOG.debug("CDN forgot {} cached path(s) for {}", dropped, paths);
  }

  @Override
  public void close() {
    server.close();
    refresher.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      sendPlain(exchange, 405, "Method Not Allowed\n");
      return;
    }
    Optional<String> moved = redirects.locationFor(exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery());
    if (moved.isPresent()) {
      // The function answers before the cache: never cached at the edge.
      exchange.getResponseHeaders().set("Location", moved.get());
      exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
      exchange.getResponseHeaders().set("X-Cache", FUNCTION_RESPONSE);
      sendPlain(exchange, 301, "Moved Permanently\n");
      return;
    }
    Optional<String> key = SiteKeys.forPath(exchange.getRequestURI().getPath());
    if (key.isEmpty()) {
      sendPlain(exchange, 400, "Bad Request\n");
      return;
    }
    if (isFolderWithoutSlash(key.get())) {
      // The rewrite function answers this itself, before the cache: never cached.
      exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
      exchange.getResponseHeaders().set("X-Cache", FUNCTION_RESPONSE);
      sendPlain(exchange, 301, "Moved Permanently\n");
      return;
    }
    String cacheKey = "/" + key.get();
    Instant now = clock.instant();
    Optional<CachedResponse> cached = cache.get(cacheKey);
    CachedResponse response;
    String result;
    if (cached.isPresent() && cached.get().freshAt(now)) {
      response = cached.get();
      result = HIT;
    } else if (cached.isPresent() && cached.get().servableStaleAt(now)) {
      response = cached.get();
      result = REFRESH_HIT;
      if (refreshing.add(cacheKey)) {
        refresher.execute(() -> {
          try {
            fetch(cacheKey, key.get(), cache.get(cacheKey));
          } catch (RuntimeException e) {
            LOG.warn("CDN: refreshing {} failed", cacheKey, e);
          } finally {
            refreshing.remove(cacheKey);
          }
        });
      }
    } else {
      Fetched fetched = fetch(cacheKey, key.get(), cached);
      response = fetched.response();
      result = fetched.revalidated() ? REFRESH_HIT : MISS;
    }
    String path = exchange.getRequestURI().getPath();
    headersByPrefix.forEach((prefix, headers) -> {
      if (path.startsWith(prefix)) {
        headers.forEach(exchange.getResponseHeaders()::set);
      }
    });
    send(exchange, response, result, now);
  }

  private record Fetched(CachedResponse response, boolean revalidated) {}

  /** Asks the origin (conditionally when a copy is kept), keeps the answer as long as its freshness says. */
  private Fetched fetch(String cacheKey, String key, Optional<CachedResponse> kept) {
    Instant now = clock.instant();
    Optional<String> etag = kept.filter(copy -> copy.status() == 200).map(copy -> copy.headers().etag());
    CachedResponse response;
    boolean revalidated = false;
    try {
      ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(g -> g.bucket(bucket).key(key)
          .ifNoneMatch(etag.orElse(null)));
      GetObjectResponse head = object.response();
      response = new CachedResponse(200, ObjectHeaders.of(head), object.asByteArray(), now,
          Freshness.of(200, head.cacheControl(), policy));
    } catch (NoSuchKeyException e) {
      response = notFound(now);
    } catch (S3Exception e) {
      if (e.statusCode() == 304 && kept.isPresent()) {
        CachedResponse copy = kept.get();
        response = copy.revalidated(copy.headers(), now, Freshness.of(200, copy.headers().values().get("Cache-Control"), policy));
        revalidated = true;
      } else if (e.statusCode() == 404 || e.statusCode() == 403) {
        response = notFound(now);
      } else {
        throw e;
      }
    }
    if (response.freshness().kept()) {
      cache.put(cacheKey, response);
    }
    return new Fetched(response, revalidated);
  }

  /**
   * The origin's 404 (S3's 403 for a missing key, in AWS) becomes the site's 404 page, kept for
   * the error's ErrorCachingMinTTL: S3's error carries no Cache-Control of its own.
   */
  private CachedResponse notFound(Instant now) {
    Freshness freshness = Freshness.of(404, null, policy);
    try {
      ResponseBytes<GetObjectResponse> page = s3.getObjectAsBytes(g -> g.bucket(bucket).key(SiteKeys.NOT_FOUND_PAGE));
      return new CachedResponse(404, ObjectHeaders.of(page.response()).withoutValidators(), page.asByteArray(), now, freshness);
    } catch (NoSuchKeyException e) {
      return new CachedResponse(404, ObjectHeaders.plain("text/html; charset=utf-8"), DEFAULT_NOT_FOUND, now, freshness);
    }
  }

  private boolean isFolderWithoutSlash(String key) {
    if (key.endsWith("/index.html") || key.equals("index.html")) {
      return false;
    }
    String last = key.substring(key.lastIndexOf('/') + 1);
    if (last.contains(".")) {
      return false;
    }
    try {
      s3.headObject(h -> h.bucket(bucket).key(key + "/index.html"));
      return true;
    } catch (S3Exception e) {
      return false;
    }
  }

  private void send(HttpExchange exchange, CachedResponse response, String result, Instant now) throws IOException {
    response.headers().copyTo(exchange.getResponseHeaders());
    exchange.getResponseHeaders().set("X-Cache", result);
    byte[] body = response.body();
    if (compression.applies(response)) {
      exchange.getResponseHeaders().add("Vary", "Accept-Encoding");
      if (Compression.acceptsGzip(exchange.getRequestHeaders(), exchange.getProtocol())) {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        String etag = exchange.getResponseHeaders().getFirst("ETag");
        if (etag != null) {
          String weak = Compression.weakened(etag);
          if (weak == null) {
            exchange.getResponseHeaders().remove("ETag");
          } else {
            exchange.getResponseHeaders().set("ETag", weak);
          }
        }
        body = Compression.gzipped(body);
      }
    }
    if (!result.equals(MISS)) {
      exchange.getResponseHeaders().set("Age", String.valueOf(response.ageSeconds(now)));
    }
    if (response.status() == 200 && response.headers().notModifiedFor(exchange.getRequestHeaders())) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
    exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void sendPlain(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
