package dev.gazette.local.apigateway.oidc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a query string or an {@code application/x-www-form-urlencoded} body. OAuth
 * forbids a parameter given twice (RFC 6749 3.1), so a repeated name makes the whole set invalid.
 */
record FormFields(Map<String, String> values, Optional<String> repeated) {

  static FormFields parse(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    String repeated = null;
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        if (values.putIfAbsent(name, value) != null && repeated == null) {
          repeated = name;
        }
      }
    }
    return new FormFields(Map.copyOf(values), Optional.ofNullable(repeated));
  }

  /** The field's value; an empty one counts as absent, as OAuth says. */
  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name)).filter(value -> !value.isEmpty());
  }

  String getOrEmpty(String name) {
    return values.getOrDefault(name, "");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformedEscape) {
      // A broken % escape is kept as typed: the checks that follow refuse what it does not match.
      return text;
    }
  }
}
