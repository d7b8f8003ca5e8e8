package dev.gazette.local.cdn;

import com.sun.net.httpserver.HttpExchange;
import dev.gazette.local.http.LocalHttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What readers reach in the local cloud: the site bucket served read-only over HTTP as CloudFront
 * would, with each object's own Content-Type, Cache-Control, ETag and Last-Modified, and 304s.
 */
public final class CdnStandIn implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CdnStandIn.class);
  private static final byte[] DEFAULT_NOT_FOUND = ("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
      + "<title>Not found</title><h1>Not found</h1><p>There is no page at this address.</p></html>\n")
      .getBytes(StandardCharsets.UTF_8);

  private final S3Client s3;
  private final String bucket;
  private final LocalHttpServer server;

  /** @param s3 a client of the local S3; the caller keeps ownership and closes it */
  public CdnStandIn(int port, S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
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

  @Override
  public void close() {
    server.close();
  }

  private void handle(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      sendPlain(exchange, 405, "Method Not Allowed\n");
      return;
    }
    Optional<String> key = SiteKeys.forPath(exchange.getRequestURI().getPath());
    if (key.isEmpty()) {
      sendPlain(exchange, 400, "Bad Request\n");
      return;
    }
    Optional<HeadObjectResponse> head = head(key.get());
    if (head.isEmpty()) {
      if (!key.get().endsWith("/index.html") && !key.get().equals("index.html")
          && head(key.get() + "/index.html").isPresent()) {
        // A folder asked for without its slash: send the reader to the address links use.
        exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
        sendPlain(exchange, 301, "Moved Permanently\n");
        return;
      }
      sendNotFound(exchange, method);
      return;
    }
    ObjectHeaders headers = ObjectHeaders.of(head.get());
    headers.copyTo(exchange.getResponseHeaders());
    if (headers.notModifiedFor(exchange.getRequestHeaders())) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    if (method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", String.valueOf(head.get().contentLength()));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    try (ResponseInputStream<GetObjectResponse> object = s3.getObject(g -> g.bucket(bucket).key(key.get()))) {
      // The object may have changed since the HEAD: the headers sent are those of the bytes sent.
      exchange.getResponseHeaders().clear();
      ObjectHeaders.of(object.response()).copyTo(exchange.getResponseHeaders());
      sendStream(exchange, 200, object, object.response().contentLength());
    } catch (NoSuchKeyException deletedMeanwhile) {
      exchange.getResponseHeaders().clear();
      sendNotFound(exchange, method);
    }
  }

  private Optional<HeadObjectResponse> head(String key) {
    try {
      return Optional.of(s3.headObject(h -> h.bucket(bucket).key(key)));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private void sendNotFound(HttpExchange exchange, String method) throws IOException {
    if (head(SiteKeys.NOT_FOUND_PAGE).isPresent()) {
      try (ResponseInputStream<GetObjectResponse> page =
          s3.getObject(g -> g.bucket(bucket).key(SiteKeys.NOT_FOUND_PAGE))) {
        GetObjectResponse response = page.response();
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        if (response.cacheControl() != null) {
          exchange.getResponseHeaders().set("Cache-Control", response.cacheControl());
        }
        sendStream(exchange, 404, method.equals("HEAD") ? InputStream.nullInputStream() : page,
            response.contentLength());
        return;
      } catch (NoSuchKeyException deletedMeanwhile) {
        // fall through to the built-in page
      }
    }
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    sendStream(exchange, 404, new ByteArrayInputStream(DEFAULT_NOT_FOUND), DEFAULT_NOT_FOUND.length);
  }

  private static void sendStream(HttpExchange exchange, int status, InputStream body, long length)
      throws IOException {
    if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", String.valueOf(length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
    try (OutputStream out = exchange.getResponseBody()) {
      body.transferTo(out);
    }
  }

  private static void sendPlain(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    sendStream(exchange, status, new ByteArrayInputStream(body), body.length);
  }
}
