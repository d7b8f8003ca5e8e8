package dev.gazette.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * openapi.yaml read for tests: its operations as route keys ("GET /articles/{id}"), and for each
 * operation the responses it documents, with local {@code $ref}s followed.
 */
@SuppressWarnings("unchecked")
final class OpenApiDocument {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final Map<String, Object> root;

  private OpenApiDocument(Map<String, Object> root) {
    this.root = root;
  }

  static OpenApiDocument load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new OpenApiDocument(new Yaml(new LoaderOptions()).load(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String version() {
    return String.valueOf(root.get("openapi"));
  }

  /** Every operation, as API Gateway would name its route. */
  Set<String> routeKeys() {
    Set<String> keys = new TreeSet<>();
    map(root, "paths").forEach((path, item) -> ((Map<String, Object>) item).keySet().stream()
        .filter(METHODS::contains)
        .forEach(method -> keys.add(method.toUpperCase(Locale.ROOT) + " " + path)));
    return keys;
  }

  /** The response an operation documents for a status, if it lists that status. */
  Optional<Map<String, Object>> response(String routeKey, int status) {
    Object response = operation(routeKey).containsKey("responses")
        ? map(operation(routeKey), "responses").get(String.valueOf(status))
        : null;
    return Optional.ofNullable(response).map(r -> resolve((Map<String, Object>) r));
  }

  /** The statuses an operation documents. */
  Set<Integer> statuses(String routeKey) {
    Set<Integer> statuses = new TreeSet<>();
    map(operation(routeKey), "responses").keySet().forEach(status -> statuses.add(Integer.valueOf(status)));
    return statuses;
  }

  /** The headers a documented response carries, by name, each resolved. */
  Map<String, Map<String, Object>> headers(Map<String, Object> response) {
    Map<String, Map<String, Object>> headers = new LinkedHashMap<>();
    map(response, "headers").forEach((name, header) -> headers.put(name, resolve((Map<String, Object>) header)));
    return headers;
  }

  /** The schema of a response body in a media type, if the response has that media type. */
  Optional<Map<String, Object>> bodySchema(Map<String, Object> response, String mediaType) {
    Object content = map(response, "content").get(mediaType);
    return Optional.ofNullable(content).map(c -> map((Map<String, Object>) c, "schema"));
  }

  Set<String> mediaTypes(Map<String, Object> response) {
    return map(response, "content").keySet();
  }

  /** The scopes the operation's security requirement names (the document's default if it names none). */
  /** The operation's description, empty when it has none. */
  String description(String routeKey) {
    return String.valueOf(operation(routeKey).getOrDefault("description", ""));
  }

  List<String> scopes(String routeKey) {
    Object security = operation(routeKey).getOrDefault("security", root.get("security"));
    return ((List<Map<String, List<String>>>) security).stream()
        .flatMap(requirement -> requirement.values().stream()).flatMap(List::stream).toList();
  }

  /** Every schema under components/schemas, by name. */
  Map<String, Map<String, Object>> schemas() {
    Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();
    map(map(root, "components"), "schemas").forEach((name, schema) -> schemas.put(name, (Map<String, Object>) schema));
    return schemas;
  }

  /** What a local reference such as "#/components/schemas/Article" points at. */
  Map<String, Object> reference(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("Only local references are used: " + ref);
    }
    Map<String, Object> node = root;
    for (String name : ref.substring(2).split("/")) {
      Object next = node.get(name);
      if (!(next instanceof Map<?, ?>)) {
        throw new NoSuchElementException("openapi.yaml has nothing at " + ref);
      }
      node = (Map<String, Object>) next;
    }
    return node;
  }

  SchemaCheck schemaCheck() {
    return new SchemaCheck(this::reference);
  }

  private Map<String, Object> operation(String routeKey) {
    String[] methodAndPath = routeKey.split(" ", 2);
    Map<String, Object> item = (Map<String, Object>) map(root, "paths").get(methodAndPath[1]);
    Object operation = item == null ? null : item.get(methodAndPath[0].toLowerCase(Locale.ROOT));
    if (operation == null) {
      throw new NoSuchElementException("openapi.yaml does not describe " + routeKey);
    }
    return (Map<String, Object>) operation;
  }

  private Map<String, Object> resolve(Map<String, Object> node) {
    return node.containsKey("$ref") ? resolve(reference((String) node.get("$ref"))) : node;
  }

  private static Map<String, Object> map(Map<String, Object> parent, String name) {
    Object child = parent.get(name);
    return child == null ? Map.of() : (Map<String, Object>) child;
  }
}
