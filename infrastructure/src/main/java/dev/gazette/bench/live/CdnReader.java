package dev.gazette.bench.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A reader asking the CDN stand-in for a page, as a browser would. */
final class CdnReader {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI cdn;

  CdnReader(URI cdn) {
    this.cdn = cdn;
  }

  HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(cdn.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + path, e);
    }
  }
}
