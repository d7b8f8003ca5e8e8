package dev.gazette.local.cdn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.gazette.local.http.LocalHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CloudFront KeyValueStore's data plane for the stores the template declares, on its own wire
 * protocol (JSON REST: DescribeKeyValueStore, GetKey, PutKey, DeleteKey, ListKeys, UpdateKeys;
 * every write names the store's ETag in If-Match), so that the Publisher's client is the one it
 * uses in AWS. The CDN stand-in reads the same stores. Signatures are not checked. Each store is
 * kept in a JSON file of the data directory (none: in memory).
 */
public final class KeyValueStoreStandIn implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeyValueStoreStandIn.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The service's limits. */
  static final int MAX_KEY_BYTES = 512;
  static final int MAX_VALUE_BYTES = 1024;
  static final long MAX_STORE_BYTES = 5L * 1024 * 1024;

  private final LocalHttpServer server;
  private final Map<String, Store> stores = new LinkedHashMap<>();
  private final Path directory;
  private final java.util.List<String[]> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** One store's keys, its ETag (a counter of writes) and when it was made. */
  private static final class Store {
    final TreeMap<String, String> keys = new TreeMap<>();
    long version;
    final Instant created = Instant.now();

    String etag() {
      return "KV" + version;
    }

    long size() {
      return keys.entrySet().stream().mapToLong(e -> bytes(e.getKey()) + bytes(e.getValue())).sum();
    }
  }

  /** @param directory where the stores are kept across restarts; null: in memory */
  public KeyValueStoreStandIn(int port, Collection<String> storeArns, Path directory) {
    this.directory = directory;
    storeArns.forEach(arn -> stores.put(arn, load(arn)));
    this.server = new LocalHttpServer("key-value-store", port, this::handle);
  }

  public KeyValueStoreStandIn start() {
    server.start();
    LOG.info("CloudFront KeyValueStore on {} ({} store(s))", url(), stores.size());
    return this;
  }

  public URI url() {
    return server.url();
  }

  /** A key's value, as a CloudFront Function's {@code kvs.get} reads it (empty: not in the store). */
  public synchronized Optional<String> get(String storeArn, String key) {
    Store store = stores.get(storeArn);
    return store == null ? Optional.empty() : Optional.ofNullable(store.keys.get(key));
  }

  /** Every call answered, as its operation and store ARN ({@code {"PutKey", arn}}), for tests of the roles. */
  public java.util.List<String[]> calls() {
    return java.util.List.copyOf(calls);
  }

  @Override
  public void close() {
    server.close();
  }

  private record Failure(int status, String type, String message) {}

  private static final class Refused extends RuntimeException {
    final Failure failure;

    Refused(int status, String type, String message) {
      super(message);
      this.failure = new Failure(status, type, message);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String method = exchange.getRequestMethod();
    // /key-value-stores/{KvsARN}[/keys[/{Key}]], each part percent-encoded.
    String[] parts = exchange.getRequestURI().getRawPath().split("/", -1);
    try {
      if (parts.length < 3 || !parts[1].equals("key-value-stores")) {
        throw new Refused(404, "UnknownOperationException", "no such operation");
      }
      String arn = decode(parts[2]);
      String ifMatch = exchange.getRequestHeaders().getFirst("If-Match");
      ObjectNode answer;
      synchronized (this) {
        Store store = stores.get(arn);
        if (store == null) {
          throw new Refused(404, "ResourceNotFoundException", "key value store " + arn + " not found");
        }
        calls.add(new String[] {operation(parts.length, method), arn});
        if (parts.length == 3 && method.equals("GET")) {
          answer = describe(arn, store);
        } else if (parts.length == 4 && parts[3].equals("keys") && method.equals("GET")) {
          answer = list(store, exchange.getRequestURI().getRawQuery());
        } else if (parts.length == 4 && parts[3].equals("keys") && method.equals("POST")) {
          answer = update(store, ifMatch, JSON.readTree(body));
        } else if (parts.length == 5 && parts[3].equals("keys")) {
          answer = key(store, method, decode(parts[4]), ifMatch, body);
        } else {
          throw new Refused(404, "UnknownOperationException", "no such operation");
        }
        if (!method.equals("GET")) {
          save(arn, store);
        }
        exchange.getResponseHeaders().set("ETag", store.etag());
      }
      send(exchange, 200, answer);
    } catch (Refused refused) {
      exchange.getResponseHeaders().set("x-amzn-ErrorType", refused.failure.type());
      send(exchange, refused.failure.status(), JSON.createObjectNode().put("Message", refused.failure.message()));
    }
  }

  private static String operation(int parts, String method) {
    if (parts == 3) {
      return "DescribeKeyValueStore";
    }
    if (parts == 4) {
      return method.equals("POST") ? "UpdateKeys" : "ListKeys";
    }
    return switch (method) {
      case "PUT" -> "PutKey";
      case "DELETE" -> "DeleteKey";
      default -> "GetKey";
    };
  }

  private static ObjectNode describe(String arn, Store store) {
    return JSON.createObjectNode().put("ItemCount", store.keys.size()).put("TotalSizeInBytes", store.size())
        .put("KvsARN", arn).put("Created", store.created.getEpochSecond()).put("ETag", store.etag())
        .put("Status", "READY");
  }

  private static ObjectNode list(Store store, String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    int max = Integer.parseInt(query.getOrDefault("MaxResults", "50"));
    String after = query.get("NextToken");
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode items = answer.putArray("Items");
    var tail = after == null ? store.keys : store.keys.tailMap(after, false);
    String last = null;
    for (Map.Entry<String, String> entry : tail.entrySet()) {
      if (items.size() == max) {
        answer.put("NextToken", last);
        break;
      }
      items.addObject().put("Key", entry.getKey()).put("Value", entry.getValue());
      last = entry.getKey();
    }
    return answer;
  }

  private static ObjectNode key(Store store, String method, String key, String ifMatch, byte[] body) throws IOException {
    switch (method) {
      case "GET" -> {
        String value = store.keys.get(key);
        if (value == null) {
          throw new Refused(404, "ResourceNotFoundException", "key not found");
        }
        return JSON.createObjectNode().put("Key", key).put("Value", value)
            .put("ItemCount", store.keys.size()).put("TotalSizeInBytes", store.size());
      }
      case "PUT" -> {
        checkMatch(store, ifMatch);
        JsonNode value = JSON.readTree(body).get("Value");
        if (value == null || !value.isTextual()) {
          throw new Refused(400, "ValidationException", "Value is required");
        }
        put(store, key, value.asText());
      }
      case "DELETE" -> {
        checkMatch(store, ifMatch);
        if (!store.keys.containsKey(key)) {
          throw new Refused(404, "ResourceNotFoundException", "key not found");
        }
        store.keys.remove(key);
        store.version++;
      }
      default -> throw new Refused(405, "UnknownOperationException", "method " + method);
    }
    return JSON.createObjectNode().put("ItemCount", store.keys.size()).put("TotalSizeInBytes", store.size());
  }

  private static ObjectNode update(Store store, String ifMatch, JsonNode request) {
    checkMatch(store, ifMatch);
    TreeMap<String, String> before = new TreeMap<>(store.keys);
    try {
      for (JsonNode put : request.path("Puts")) {
        validate(put.path("Key").asText(), put.path("Value").asText());
        store.keys.put(put.path("Key").asText(), put.path("Value").asText());
      }
      for (JsonNode delete : request.path("Deletes")) {
        store.keys.remove(delete.path("Key").asText());
      }
      checkSize(store);
    } catch (Refused refused) {
      store.keys.clear();
      store.keys.putAll(before);
      throw refused;
    }
    store.version++;
    return JSON.createObjectNode().put("ItemCount", store.keys.size()).put("TotalSizeInBytes", store.size());
  }

  private static void put(Store store, String key, String value) {
    validate(key, value);
    String before = store.keys.put(key, value);
    try {
      checkSize(store);
    } catch (Refused refused) {
      if (before == null) {
        store.keys.remove(key);
      } else {
        store.keys.put(key, before);
      }
      throw refused;
    }
    store.version++;
  }

  private static void checkMatch(Store store, String ifMatch) {
    if (ifMatch == null || ifMatch.isEmpty()) {
      throw new Refused(400, "ValidationException", "If-Match is required");
    }
    if (!ifMatch.equals(store.etag())) {
      throw new Refused(409, "ConflictException", "the store changed: its ETag is no longer " + ifMatch);
    }
  }

  private static void validate(String key, String value) {
    if (key.isEmpty() || bytes(key) > MAX_KEY_BYTES) {
      throw new Refused(400, "ValidationException", "a key is 1 to " + MAX_KEY_BYTES + " bytes");
    }
    if (bytes(value) > MAX_VALUE_BYTES) {
      throw new Refused(400, "ValidationException", "a value is at most " + MAX_VALUE_BYTES + " bytes");
    }
  }

  private static void checkSize(Store store) {
    if (store.size() > MAX_STORE_BYTES) {
      throw new Refused(402, "ServiceQuotaExceededException", "a store holds at most 5 MB");
    }
  }

  private static long bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private Path file(String arn) {
    return directory.resolve(arn.substring(arn.lastIndexOf('/') + 1) + ".json");
  }

  private Store load(String arn) {
    Store store = new Store();
    if (directory != null && Files.exists(file(arn))) {
      try {
        JsonNode saved = JSON.readTree(file(arn).toFile());
        saved.path("keys").fields().forEachRemaining(e -> store.keys.put(e.getKey(), e.getValue().asText()));
        store.version = saved.path("version").asLong();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the key value store " + file(arn), e);
      }
    }
    return store;
  }

  private void save(String arn, Store store) {
    if (directory == null) {
      return;
    }
    try {
      Files.createDirectories(directory);
      ObjectNode saved = JSON.createObjectNode().put("version", store.version);
      ObjectNode keys = saved.putObject("keys");
      store.keys.forEach(keys::put);
      Path temporary = Files.createTempFile(directory, "store", ".json");
      JSON.writeValue(temporary.toFile(), saved);
      Files.move(temporary, file(arn), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the key value store " + file(arn), e);
    }
  }

  private static void send(HttpExchange exchange, int status, ObjectNode answer) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(answer);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
