package dev.gazette.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * CloudFront KeyValueStore's data plane (DescribeKeyValueStore, GetKey, PutKey, DeleteKey) on its
 * JSON REST wire protocol, signed with SigV4A, over the function's one HTTP client. The same code
 * talks to AWS and to the local cloud's stand-in ({@code AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE}).
 */
public final class KeyValueStoreClient {
  static final String SERVICE = "cloudfront-keyvaluestore";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SdkHttpClient http;
  private final URI endpoint;
  private final String storeArn;
  private final AwsCredentialsProvider credentials;
  private final SigV4aSigner signer = new SigV4aSigner(SERVICE);
  private final Clock clock;

  /** @param endpoint the data plane; empty: the account's global one, named after the store's ARN */
  public KeyValueStoreClient(SdkHttpClient http, Optional<URI> endpoint, String storeArn,
      AwsCredentialsProvider credentials, Clock clock) {
    this.http = http;
    this.endpoint = endpoint.orElseGet(() -> defaultEndpoint(storeArn));
    this.storeArn = storeArn;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** The ARN's account's endpoint: {@code https://<account>.cloudfront-kvs.global.api.aws}. */
  static URI defaultEndpoint(String storeArn) {
    String[] parts = storeArn.split(":");
    if (parts.length < 6 || !parts[5].startsWith("key-value-store/")) {
      throw new IllegalArgumentException("not a key value store ARN: " + storeArn);
    }
    return URI.create("https://" + parts[4] + ".cloudfront-kvs.global.api.aws");
  }

  /** A refusal of the store, as the API names it (ConflictException, ResourceNotFoundException, ...). */
  public static final class KeyValueStoreException extends RuntimeException {
    private final int status;
    private final String errorType;

    KeyValueStoreException(int status, String errorType, String message) {
      super(errorType + " (" + status + "): " + message);
      this.status = status;
      this.errorType = errorType;
    }

    public int status() {
      return status;
    }

    public String errorType() {
      return errorType;
    }
  }

  /** The store's current ETag, which a write must name in If-Match. */
  public String etag() {
    return call(SdkHttpMethod.GET, storePath(), null, null).etag();
  }

  /** The key's value, empty when the key is not in the store. */
  public Optional<String> get(String key) {
    try {
      return Optional.of(call(SdkHttpMethod.GET, keyPath(key), null, null).body().path("Value").asText());
    } catch (KeyValueStoreException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Writes the key if the store is still at {@code ifMatch}; returns its new ETag. */
  public String put(String key, String value, String ifMatch) {
    byte[] body = JSON.createObjectNode().put("Value", value).toString().getBytes(StandardCharsets.UTF_8);
    return call(SdkHttpMethod.PUT, keyPath(key), body, ifMatch).etag();
  }

  /** Writes these keys at once, all or none, if the store is still at {@code ifMatch}; returns its new ETag. */
  public String putAll(Map<String, String> keys, String ifMatch) {
    ObjectNode request = JSON.createObjectNode();
    ArrayNode puts = request.putArray("Puts");
    keys.forEach((key, value) -> puts.addObject().put("Key", key).put("Value", value));
    return call(SdkHttpMethod.POST, storePath() + "/keys", request.toString().getBytes(StandardCharsets.UTF_8),
        ifMatch).etag();
  }

  /** Deletes the key if the store is still at {@code ifMatch}; returns its new ETag. */
  public String delete(String key, String ifMatch) {
    return call(SdkHttpMethod.DELETE, keyPath(key), null, ifMatch).etag();
  }

  private String storePath() {
    return "/key-value-stores/" + encode(storeArn);
  }

  private String keyPath(String key) {
    return storePath() + "/keys/" + encode(key);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private record Answer(JsonNode body, String etag) {}

  private Answer call(SdkHttpMethod method, String rawPath, byte[] body, String ifMatch) {
    byte[] payload = body == null ? new byte[0] : body;
    Map<String, String> headers = new LinkedHashMap<>();
    String host = endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    headers.put("host", host);
    if (body != null) {
      headers.put("content-type", "application/json");
    }
    if (ifMatch != null) {
      headers.put("if-match", ifMatch);
    }
    headers.putAll(signer.sign(method.name(), rawPath, null, headers, payload,
        credentials.resolveCredentials(), clock.instant()));
    SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(method)
        .uri(URI.create(endpoint.getScheme() + "://" + host + rawPath));
    headers.forEach((name, value) -> {
      if (!name.equals("host")) {
        request.putHeader(name, value);
      }
    });
    try {
      HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder().request(request.build())
          .contentStreamProvider(body == null ? null : () -> new ByteArrayInputStream(payload)).build()).call();
      int status = response.httpResponse().statusCode();
      byte[] answer;
      try (InputStream in = response.responseBody().map(stream -> (InputStream) stream)
          .orElseGet(InputStream::nullInputStream)) {
        answer = in.readAllBytes();
      }
      JsonNode json = answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
      if (status >= 300) {
        String type = response.httpResponse().firstMatchingHeader("x-amzn-ErrorType")
            .map(value -> value.split(":")[0]).orElse(json.path("__type").asText("Unknown"));
        throw new KeyValueStoreException(status, type, json.path("Message").asText(json.path("message").asText("")));
      }
      String etag = response.httpResponse().firstMatchingHeader("ETag").orElse(json.path("ETag").asText(null));
      return new Answer(json, etag);
    } catch (IOException e) {
      throw new UncheckedIOException("key value store " + method + " " + rawPath, e);
    }
  }
}
