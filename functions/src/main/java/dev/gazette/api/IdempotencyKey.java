package dev.gazette.api;

import java.util.Optional;

/**
 * The {@code Idempotency-Key} header an editor's app sends so that a request can be sent again
 * safely: 1 to 255 characters from letters, digits and {@code - _ . : ~ + / =} (a UUID fits),
 * bare or as a quoted string (the IETF draft's form). Anything else is a 400.
 */
final class IdempotencyKey {
  static final String HEADER = "Idempotency-Key";
  static final int MAX_LENGTH = 255;

  private IdempotencyKey() {}

  static Optional<String> of(ApiRequest request) {
    return request.header(HEADER).map(IdempotencyKey::checked);
  }

  private static String checked(String header) {
    String key = header.strip();
    if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
      key = key.substring(1, key.length() - 1);
    }
    if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(IdempotencyKey::allowed)) {
      throw new ApiProblem(400, "invalid-idempotency-key", "Bad Request",
          HEADER + " must be 1 to " + MAX_LENGTH + " characters among letters, digits and - _ . : ~ + / =,"
              + " such as a UUID.");
    }
    return key;
  }

  private static boolean allowed(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.:~+/=".indexOf(c) >= 0;
  }
}
