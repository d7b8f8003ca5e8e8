package dev.gazette.bench.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Readers asking the CDN stand-in for pages, as browsers would. */
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

  /** Each page asked at the same time, as many readers would: the answers by path. */
  Map<String, HttpResponse<String>> getAll(Collection<String> paths) {
    Map<String, CompletableFuture<HttpResponse<String>>> asked = new LinkedHashMap<>();
    paths.forEach(path -> asked.put(path,
        http.sendAsync(HttpRequest.newBuilder(cdn.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())));
    Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
    asked.forEach((path, answer) -> answers.put(path, answer.join()));
    return answers;
  }
}
